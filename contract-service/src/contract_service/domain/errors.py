"""Domain errors; the API maps them to problem+json (`api/errors.py`).

`code` is an English machine code, `detail` a Dutch text, `field` the request field it is about."""
from __future__ import annotations


class DomainError(Exception):
    status = 422

    def __init__(self, code: str, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.code, self.detail, self.field = code, detail, field


class Refused(DomainError):
    """A business rule refuses the request (422)."""


class NotFoundError(DomainError):
    status = 404


class Forbidden(DomainError):
    status = 403


class InvalidTransition(DomainError):
    status = 409
