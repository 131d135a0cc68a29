"""Domain errors → application/problem+json, with the offending field in invalidParams."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from zorgregio.api.problems import PROBLEM_BASE, problem_response
from zorgregio.api.schemas import InvalidParam, Problem

from admission_service.domain.errors import AdmissionError, Kind

_STATUS = {Kind.RULE: (422, "Verzoek voldoet niet aan de regels"), Kind.CONFLICT: (409, "Conflict met de huidige toestand"),
           Kind.NOT_FOUND: (404, "Niet gevonden"), Kind.FORBIDDEN: (403, "Geen toegang"),
           Kind.TOO_LARGE: (413, "Bestand te groot"), Kind.MEDIA_TYPE: (415, "Bestandstype niet toegestaan")}


def _handle(request: Request, error: AdmissionError) -> JSONResponse:
    status, title = _STATUS[error.kind]
    params = [InvalidParam(name=error.field, code=error.code, reason=error.reason)] if error.field else []
    return problem_response(Problem(type=PROBLEM_BASE + error.code, title=title, status=status, detail=error.reason,
                                    instance=request.url.path, code=error.code, invalid_params=params))


def _integrity(request: Request, error: IntegrityError) -> JSONResponse:
    """Two requests raced for the same unique value; the loser gets a 409, not a 500."""
    return problem_response(Problem(type=PROBLEM_BASE + "conflict", title=_STATUS[Kind.CONFLICT][1], status=409,
                                    detail="Een gelijktijdige wijziging kwam eerst; probeer het opnieuw.",
                                    instance=request.url.path, code="conflict"))


def _data(request: Request, error: DataError) -> JSONResponse:
    """A value PostgreSQL cannot store (a NUL character, a number or date out of range): the client's input."""
    return problem_response(Problem(type=PROBLEM_BASE + "invalid-value", title="Ongeldige invoer", status=400,
                                    detail="Een waarde kan niet worden opgeslagen (bijvoorbeeld een NUL-teken of een "
                                           "getal of datum buiten het bereik).", instance=request.url.path,
                                    code="invalid-value"))


def install(app: FastAPI) -> None:
    app.add_exception_handler(AdmissionError, _handle)  # type: ignore[arg-type]
    app.add_exception_handler(IntegrityError, _integrity)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, _data)  # type: ignore[arg-type]
