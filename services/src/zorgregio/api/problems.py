"""Every error is `application/problem+json`. Domain code raises `ProblemError` (or one of
its subclasses); validation errors list each invalid parameter with a code and a reason."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from zorgregio.api.schemas import InvalidParam, Problem

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://zorgregio.nl/problems/"


class ProblemError(Exception):
    status = 400
    code = "bad-request"
    title = "Ongeldig verzoek"

    def __init__(self, detail: str, *, code: str | None = None, status: int | None = None,
                 title: str | None = None, invalid_params: list[InvalidParam] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code or self.code
        self.status = status or self.status
        self.title = title or self.title
        self.invalid_params = invalid_params or []

    @classmethod
    def for_field(cls, name: str, code: str, reason: str, **kwargs: Any) -> ProblemError:
        return cls(reason, code=code, invalid_params=[InvalidParam(name=name, code=code, reason=reason)], **kwargs)


class NotFound(ProblemError):
    status, code, title = 404, "not-found", "Niet gevonden"


class Unauthorized(ProblemError):
    status, code, title = 401, "unauthorized", "Niet aangemeld"


class Forbidden(ProblemError):
    status, code, title = 403, "forbidden", "Geen toegang"


class Conflict(ProblemError):
    status, code, title = 409, "conflict", "Conflict met de huidige toestand"


class BusinessRuleViolation(ProblemError):
    status, code, title = 422, "business-rule", "Verzoek voldoet niet aan de regels"


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.model_dump(by_alias=True, exclude_none=True), status_code=problem.status,
                        media_type=PROBLEM_JSON, headers=headers)


def problem_from_error(request: Request, error: ProblemError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return problem_response(Problem(type=PROBLEM_BASE + error.code, title=error.title, status=error.status,
                                    detail=error.detail, instance=request.url.path, code=error.code,
                                    invalid_params=error.invalid_params), headers)


def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    params = [
        InvalidParam(name=_param_name(err["loc"]), code=err["type"], reason=err["msg"]) for err in exc.errors()
    ]
    return problem_response(Problem(type=PROBLEM_BASE + "invalid-params", title="Ongeldige invoer", status=400,
                                    detail="; ".join(f"{p.name}: {p.reason}" for p in params),
                                    instance=request.url.path, code="invalid-params", invalid_params=params))


def _param_name(loc: tuple[Any, ...]) -> str:
    """`('body', 'client', 'bsn')` → `client.bsn`; `('query', 'limit')` → `limit`."""
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in ("body", "query", "path", "header", "cookie") else [str(p) for p in loc]
    return ".".join(parts) or str(loc[0] if loc else "body")


_HTTP_TITLES = {404: ("not-found", "Niet gevonden"), 405: ("method-not-allowed", "Methode niet toegestaan"),
                401: ("unauthorized", "Niet aangemeld"), 403: ("forbidden", "Geen toegang"),
                413: ("payload-too-large", "Verzoek te groot"), 415: ("unsupported-media-type", "Mediatype niet ondersteund")}


def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code, title = _HTTP_TITLES.get(exc.status_code, ("http-error", "Fout"))
    detail = exc.detail if isinstance(exc.detail, str) else None
    return problem_response(Problem(type=PROBLEM_BASE + code, title=title, status=exc.status_code, detail=detail,
                                    instance=request.url.path, code=code), dict(exc.headers or {}))


def _data_error(request: Request, exc: sa_exc.DataError) -> JSONResponse:
    """A value the database refuses (out of range, malformed) that validation let through: the
    request's fault, so a 400; logged because the API should have refused it at the boundary."""
    log.warning("value refused by the database", extra={"path": request.url.path, "error": str(exc.orig)})
    return problem_response(Problem(type=PROBLEM_BASE + "invalid-value", title="Ongeldige invoer", status=400,
                                    detail="Een van de opgegeven waarden valt buiten het toegestane bereik.",
                                    instance=request.url.path, code="invalid-value"))


def _database_unavailable(request: Request, exc: sa_exc.OperationalError) -> JSONResponse:
    """The database is away (restart, failover): nothing was written, the client may retry."""
    log.warning("database unavailable", extra={"path": request.url.path, "error": str(exc.orig)})
    return problem_response(Problem(type=PROBLEM_BASE + "unavailable", title="Tijdelijk niet beschikbaar", status=503,
                                    detail="De database is even niet bereikbaar; probeer het zo opnieuw.",
                                    instance=request.url.path, code="unavailable"), {"Retry-After": "2"})


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error", extra={"path": request.url.path}, exc_info=exc)
    return problem_response(Problem(type=PROBLEM_BASE + "internal", title="Interne fout", status=500,
                                    detail="Er ging iets mis; de fout is gelogd.", instance=request.url.path,
                                    code="internal"))


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, problem_from_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(sa_exc.DataError, _data_error)  # type: ignore[arg-type]
    app.add_exception_handler(sa_exc.OperationalError, _database_unavailable)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
