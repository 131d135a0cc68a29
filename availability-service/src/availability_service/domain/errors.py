"""Domain errors; the API turns them into problem+json naming the field."""
from __future__ import annotations


class AvailabilityError(Exception):
    """A rule of the availability checker was broken."""

    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.code = code
        self.reason = reason


class ImplausibleValue(AvailabilityError):
    """A reported value cannot be true (inverted age range, waits out of range…)."""


class NotContracted(AvailabilityError):
    """The provider has no active contract for the product."""


class UnknownEntry(Exception):
    """No such entry for this provider."""
