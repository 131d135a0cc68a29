"""CloudEvents 1.0 envelope (JSON structured mode) and the base class of every event payload."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class Topic(StrEnum):
    """One topic per producing context; each has a `<topic>.dlq` dead-letter companion."""

    ADMISSION = "zorgregio.admission"
    CONTRACTING = "zorgregio.contracting"
    ALLOCATION = "zorgregio.allocation"
    AVAILABILITY = "zorgregio.availability"
    MONITORING = "zorgregio.monitoring"

    @property
    def dead_letter(self) -> str:
        return f"{self.value}.dlq"


class EventData(BaseModel):
    """Payload of one event type. Subclasses set the CloudEvents `type`, the topic and which
    field keys the Kafka message (the aggregate id, so an aggregate's events stay in order)."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)

    event_type: ClassVar[str]
    topic: ClassVar[Topic]
    key_field: ClassVar[str]

    @property
    def key(self) -> str:
        return str(getattr(self, self.key_field))

    def payload(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


class CloudEvent(BaseModel):
    """The envelope on the bus. `correlationid` is a CloudEvents extension attribute."""

    model_config = ConfigDict(extra="allow")

    specversion: str = "1.0"
    id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    source: str
    type: str
    subject: str | None = None
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    datacontenttype: str = "application/json"
    correlationid: str | None = None
    data: dict[str, Any]

    @classmethod
    def wrap(cls, data: EventData, *, source: str, correlation_id: str | None = None,
             time: datetime | None = None) -> CloudEvent:
        return cls(
            source=source,
            type=data.event_type,
            subject=data.key,
            correlationid=correlation_id,
            data=data.payload(),
            **({"time": time} if time else {}),
        )

    def to_json_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()

    @classmethod
    def from_json_bytes(cls, raw: bytes) -> CloudEvent:
        return cls.model_validate_json(raw)

    def parsed(self) -> EventData:
        """The typed payload; raises KeyError for an unknown type, ValidationError for bad data."""
        from zorgregio.events.registry import event_class

        return event_class(self.type).model_validate(self.data)
