"""Domain errors → problem+json."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from zorgregio.api.problems import BusinessRuleViolation, NotFound

from availability_service.domain.errors import AvailabilityError, UnknownEntry

PROBLEMS = {
    400: {"description": "Invalid input (problem+json naming the field)", "content": {"application/problem+json": {}}},
    401: {"description": "No valid token", "content": {"application/problem+json": {}}},
    403: {"description": "Not your organisation, or wrong role", "content": {"application/problem+json": {}}},
    404: {"description": "No such entry for this provider", "content": {"application/problem+json": {}}},
    422: {"description": "Implausible value or product not contracted", "content": {"application/problem+json": {}}},
}


@contextmanager
def domain_errors() -> Iterator[None]:
    try:
        yield
    except AvailabilityError as error:
        raise BusinessRuleViolation.for_field(error.field, error.code, error.reason, status=422) from error
    except UnknownEntry as error:
        raise NotFound(f"Melding {error.args[0]} bestaat niet voor deze zorgaanbieder.", code="entry-not-found") from error
