"""The correlation id of the current request or event, carried into logs and events."""
from __future__ import annotations

import random
import uuid
from contextvars import ContextVar

_correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)


def get_correlation_id() -> str | None:
    return _correlation_id.get()


def set_correlation_id(value: str | None) -> None:
    _correlation_id.set(value)


def new_correlation_id() -> str:
    """A version 4 UUID from the `random` module's generator (seeded from the OS, again in a forked
    child). A trace id has to be unique, not secret; `uuid.uuid4()` reads os.urandom, whose system
    call lets go of the GIL, and on the event loop thread of a busy process getting it back took up
    a third of the loop's time."""
    return str(uuid.UUID(int=random.getrandbits(128), version=4))
