"""`GET /reports/quarterly`: the quarterly report of a region as a PDF with charts."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import func, select

from monitor_service.adapters.orm import Signal
from monitor_service.api.deps import Analyst, ReadSession
from monitor_service.api.routes.figures import build_figure
from monitor_service.domain.suppression import suppress
from monitor_service.reports import quarterly_pdf

router = APIRouter(tags=["reports"])


@router.get("/reports/quarterly", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}, "description": "The report"},
                       400: {"description": "Invalid parameters"}, 401: {"description": "Not signed in"},
                       403: {"description": "Not the caller's region"}})
def quarterly_report(session: ReadSession, principal: Analyst,
                     region: Annotated[str, Query(pattern=r"^[A-Z]{2,10}$")],
                     year: Annotated[int, Query(ge=2000, le=2100)],
                     quarter: Annotated[int, Query(ge=1, le=4)]) -> Response:
    first, last = f"{year}-{3 * quarter - 2:02d}", f"{year}-{3 * quarter:02d}"
    figures = {name: build_figure(session, principal, name, region, None, None, None, first, last, None)
               for name in ("inflow", "outflow", "active", "waits")}
    if principal.role.value not in ("access_team", "backoffice"):
        figures["budget"] = build_figure(session, principal, "budget", region, None, None, None, first, last, None)
    counts = dict(session.execute(select(Signal.kind, func.count()).where(
        Signal.region_code == region, Signal.status != "resolved").group_by(Signal.kind)).all())
    open_signals = suppress([counts], counts.keys(), {})[0]
    pdf = quarterly_pdf(region, year, quarter, figures, open_signals)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="kwartaal-{region}-{year}-K{quarter}.pdf"'})
