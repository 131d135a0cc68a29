"""Domain errors as problem+json (`DomainError` → `ProblemError` with the field named)."""
from __future__ import annotations

from fastapi import FastAPI, Request
from zorgregio.api.problems import (
    BusinessRuleViolation,
    Conflict,
    Forbidden,
    NotFound,
    ProblemError,
    problem_from_error,
)
from zorgregio.api.schemas import InvalidParam

from contract_service.domain.errors import DomainError

_CLASSES = {404: NotFound, 403: Forbidden, 409: Conflict, 422: BusinessRuleViolation}


def to_problem(error: DomainError) -> ProblemError:
    cls = _CLASSES.get(error.status, ProblemError)
    params = [InvalidParam(name=error.field, code=error.code, reason=error.detail)] if error.field else None
    return cls(error.detail, code=error.code, status=error.status, invalid_params=params)


def install(app: FastAPI) -> None:
    async def handle(request: Request, error: DomainError):
        return problem_from_error(request, to_problem(error))

    app.add_exception_handler(DomainError, handle)  # type: ignore[arg-type]


def responses(*statuses: int) -> dict:
    """OpenAPI error responses, all problem+json."""
    texts = {400: "Ongeldige invoer", 401: "Niet aangemeld", 403: "Geen toegang", 404: "Niet gevonden",
             409: "Conflict met de huidige toestand", 422: "Voldoet niet aan de regels"}
    return {s: {"description": texts[s], "content": {"application/problem+json": {}}} for s in statuses}
