"""Dashboard figures: `GET /figures/{aggregate}` as JSON, or CSV with `?format=csv` or a
`.csv` suffix. Every figure passes small-cell suppression before it leaves the service."""
from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response
from zorgregio.api.problems import NotFound, ProblemError

from monitor_service import views
from monitor_service.api.deps import Analyst, ReadSession, figure_scope
from monitor_service.api.schemas import MONTH_PATTERN, FigurePublic
from monitor_service.domain.suppression import suppress

router = APIRouter(tags=["figures"])
GroupBy = Literal["municipality", "provider", "productGroup", "product", "fundingForm", "region"]
OWN_MUNICIPALITY_ONLY = {"budget", "exit-candidates"}


def parse_month(value: str | None, default: date, name: str) -> date:
    if value is None:
        return default
    return date(int(value[:4]), int(value[5:7]), 1)


def build_figure(session, principal, aggregate: str, region: str | None, municipality: str | None,
                 provider: uuid.UUID | None, product_group: str | None, from_: str | None, to: str | None,
                 group_by: str | None) -> FigurePublic:
    if aggregate not in views.AGGREGATES:
        raise NotFound(f"Onbekend cijfer '{aggregate}'; kies uit: {', '.join(views.AGGREGATES)}.",
                       code="unknown-aggregate")
    region, municipality = figure_scope(principal, region, municipality, group_by,
                                        own_municipality_only=aggregate in OWN_MUNICIPALITY_ONLY)
    today = datetime.now(UTC).date().replace(day=1)
    to_month = parse_month(to, today, "to")
    from_month = parse_month(from_, views.minus_months(to_month, 11), "from")
    if from_month > to_month:
        raise ProblemError.for_field("from", "from-after-to", "'from' ligt na 'to'.")
    if views.minus_months(to_month, 60) > from_month:
        raise ProblemError.for_field("from", "period-too-long", "De periode is ten hoogste 60 maanden.")
    filters = views.Filters(region, municipality, str(provider) if provider else None, product_group,
                            from_month, to_month, group_by)
    figure = views.AGGREGATES[aggregate](session, filters)
    return FigurePublic(aggregate=aggregate, region=region, municipality=municipality,
                        from_month=from_month.strftime("%Y-%m"), to_month=to_month.strftime("%Y-%m"),
                        group_by=group_by, columns=figure.columns,
                        rows=suppress(figure.rows, figure.counts, figure.derived, figure.complements))


def to_csv(figure: FigurePublic) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=figure.columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in figure.rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return out.getvalue()


@router.get("/figures/{aggregate}", response_model=FigurePublic,
            responses={200: {"content": {"text/csv": {}}, "description": "The figure as JSON or CSV"},
                       400: {"description": "Invalid filter"}, 401: {"description": "Not signed in"},
                       403: {"description": "Outside the caller's region or municipality"},
                       404: {"description": "Unknown aggregate"}},
            summary="A figure as a time series or table (append .csv or ?format=csv for CSV)")
def get_figure(
    session: ReadSession, principal: Analyst,
    aggregate: Annotated[str, Path(max_length=40, description="inflow, outflow, active, duration, waits, spend, "
                                   "budget, balance, stacking, readmissions, pipeline, stale-share, exit-candidates")],
    region: Annotated[str | None, Query(max_length=10, pattern=r"^[A-Z]{2,10}$")] = None,
    municipality: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    provider: uuid.UUID | None = None,
    product_group: Annotated[str | None, Query(alias="productGroup", max_length=100)] = None,
    from_: Annotated[str | None, Query(alias="from", pattern=MONTH_PATTERN)] = None,
    to: Annotated[str | None, Query(pattern=MONTH_PATTERN)] = None,
    group_by: Annotated[GroupBy | None, Query(alias="groupBy")] = None,
    format: Literal["json", "csv"] = "json",
):
    csv_wanted = format == "csv" or aggregate.endswith(".csv")
    figure = build_figure(session, principal, aggregate.removesuffix(".csv"), region, municipality, provider,
                          product_group, from_, to, group_by)
    if csv_wanted:
        name = f"{figure.aggregate}-{figure.region or 'alle'}-{figure.from_month}-{figure.to_month}.csv"
        return Response(to_csv(figure), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return figure
