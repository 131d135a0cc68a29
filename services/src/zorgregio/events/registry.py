"""Lookup of event payload classes by CloudEvents type."""
from __future__ import annotations

from zorgregio.events import (
    admission,
    allocation,
    availability,
    contracting,
    monitoring,
)
from zorgregio.events.envelope import EventData

_MODULES = (admission, contracting, allocation, availability, monitoring)


def all_event_classes() -> list[type[EventData]]:
    classes: list[type[EventData]] = []
    for module in _MODULES:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, EventData) and "event_type" in vars(value):
                classes.append(value)
    return classes


_BY_TYPE: dict[str, type[EventData]] = {cls.event_type: cls for cls in all_event_classes()}


def event_class(event_type: str) -> type[EventData]:
    return _BY_TYPE[event_type]
