"""Domain errors: each names what was wrong (a code, the field, a Dutch reason). The API turns
them into problem+json; the kind decides the status (rule 422, conflict 409, ...)."""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    RULE = "rule"            # 422: the request breaks a business rule
    CONFLICT = "conflict"    # 409: not possible in the current state
    NOT_FOUND = "not_found"  # 404
    FORBIDDEN = "forbidden"  # 403
    TOO_LARGE = "too_large"  # 413
    MEDIA_TYPE = "media"     # 415


class AdmissionError(Exception):
    kind: Kind = Kind.RULE

    def __init__(self, code: str, reason: str, *, field: str | None = None, kind: Kind | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.field = field
        if kind is not None:
            self.kind = kind


class RuleViolation(AdmissionError):
    kind = Kind.RULE


class InvalidTransition(AdmissionError):
    """A workflow step in the wrong order; names the current status."""

    kind = Kind.CONFLICT

    def __init__(self, action: str, current: str) -> None:
        super().__init__("invalid-status-transition",
                         f"'{action}' kan niet bij een aanmelding met status '{current}'.", field="status")
        self.current = current


class NotFound(AdmissionError):
    kind = Kind.NOT_FOUND

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what}-not-found", f"{what} {key} bestaat niet.")


class NotAllowed(AdmissionError):
    kind = Kind.FORBIDDEN

    def __init__(self, reason: str, code: str = "not-your-resource") -> None:
        super().__init__(code, reason)
