"""The quarterly report per region as a PDF with charts (ReportLab). It is built only from
suppressed figures, so a count below 5 appears as "<5" in the PDF as well."""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from zorgregio.reference import regions

from monitor_service.api.schemas import FigurePublic
from monitor_service.domain.suppression import suppress_row

NUMBER_COLUMNS = {"inflow": "Instroom", "outflow": "Uitstroom", "endedAsPlanned": "Volgens plan",
                  "active": "Actief", "medianDays": "Wachttijd mediaan (d)", "p90Days": "Wachttijd p90 (d)"}


def _value(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return str(v)


def _numeric(v: Any) -> float:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else 0.0


def _bar_chart(title: str, months: list[str], series: dict[str, list[Any]]) -> Drawing:
    """Suppressed values ("<5") are drawn as 0 and the chart says so."""
    drawing = Drawing(16 * cm, 6.5 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 12 * cm, 4.5 * cm
    chart.data = [[_numeric(v) for v in values] or [0] for values in series.values()]
    chart.categoryAxis.categoryNames = months or ["-"]
    chart.valueAxis.valueMin = 0
    palette = [colors.HexColor("#01689b"), colors.HexColor("#e17000"), colors.HexColor("#39870c")]
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
    legend = Legend()
    legend.x, legend.y = 12.8 * cm, 4.5 * cm
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(series)]
    drawing.add(chart)
    drawing.add(legend)
    drawing.add(String(40, 6.0 * cm, title, fontSize=10))
    drawing.add(String(40, 4, '"<5" telt in de grafiek als 0.', fontSize=7, fillColor=colors.grey))
    return drawing


def _line_chart(title: str, months: list[str], values: list[Any]) -> Drawing:
    drawing = Drawing(16 * cm, 6 * cm)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 12 * cm, 4 * cm
    chart.data = [[_numeric(v) for v in values] or [0]]
    chart.categoryAxis.categoryNames = months or ["-"]
    chart.valueAxis.valueMin = 0
    chart.lines[0].strokeColor = colors.HexColor("#01689b")
    drawing.add(chart)
    drawing.add(String(40, 5.5 * cm, title, fontSize=10))
    return drawing


def _table(figure: FigurePublic, columns: list[str], labels: dict[str, str]) -> Table:
    data = [[labels.get(c, c) for c in columns]]
    data += [[_value(row.get(c)) for c in columns] for row in figure.rows]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eff5")),
                               ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    return table


def quarterly_pdf(region_code: str, year: int, quarter: int, figures: dict[str, FigurePublic],
                  open_signals: dict[str, int]) -> bytes:
    months = [date(year, 3 * (quarter - 1) + i, 1).strftime("%Y-%m") for i in (1, 2, 3)]
    by_month = {name: {row.get("month"): row for row in fig.rows} for name, fig in figures.items()}

    def column(name: str, key: str) -> list[Any]:
        return [by_month.get(name, {}).get(m, {}).get(key, 0) for m in months]

    styles = getSampleStyleSheet()
    region = regions().get(region_code)
    story: list[Any] = [
        Paragraph(f"Kwartaalrapportage jeugdhulp {year} K{quarter}", styles["Title"]),
        Paragraph(region.name if region else region_code, styles["Heading2"]),
        Paragraph("Alle cijfers komen uit het berichtenverkeer (toewijzing, start, stop). Aantallen onder de 5 "
                  "staan er als &lt;5, en afgeleide cijfers over minder dan 5 gevallen ook, zodat geen cijfer "
                  "naar een kind te herleiden is.", styles["BodyText"]),
        Spacer(1, 0.3 * cm),
    ]
    rows = []
    for m in months:
        row = {"month": m}
        for name, key in (("inflow", "inflow"), ("outflow", "outflow"), ("outflow", "endedAsPlanned"),
                          ("active", "active"), ("waits", "medianDays"), ("waits", "p90Days")):
            row[key] = by_month.get(name, {}).get(m, {}).get(key, 0 if key in ("inflow", "outflow") else None)
        rows.append(suppress_row(row, ("inflow", "outflow", "endedAsPlanned", "active"), {}))
    summary = FigurePublic(aggregate="summary", region=region_code, municipality=None, from_month=months[0],
                           to_month=months[-1], columns=[], rows=rows)
    story.append(_table(summary, ["month", *NUMBER_COLUMNS], {"month": "Maand", **NUMBER_COLUMNS}))
    story.append(Spacer(1, 0.4 * cm))
    story.append(_bar_chart("Instroom en uitstroom per maand", months,
                            {"Instroom": column("inflow", "inflow"), "Uitstroom": column("outflow", "outflow")}))
    story.append(_line_chart("Actieve jeugdhulp aan het eind van de maand", months, column("active", "active")))
    if "budget" in figures and figures["budget"].rows:
        story.append(Paragraph("Verplichtingen tegenover budget", styles["Heading3"]))
        story.append(_table(figures["budget"], ["municipality", "year", "committed", "budget", "share", "status"],
                            {"municipality": "Gemeente", "year": "Jaar", "committed": "Verplicht (EUR)",
                             "budget": "Budget (EUR)", "share": "Aandeel", "status": "Status"}))
    story.append(Paragraph("Open signalen", styles["Heading3"]))
    story.append(Paragraph(", ".join(f"{k}: {v}" for k, v in sorted(open_signals.items())) or "Geen.",
                           styles["BodyText"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=f"Kwartaalrapportage {region_code} {year} K{quarter}",
                      author="Zorgregio monitoring").build(story)
    return buffer.getvalue()
