"""The whole service against a real broker and PostgreSQL: a known event history goes over
the bus (some events twice), and the figures match what was computed by hand."""
from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from monitor_service import views
from monitor_service.adapters.orm import Signal
from monitor_service.service_layer.evaluation import evaluate_norms
from monitor_service.service_layer.rebuild import rebuild
from sqlalchemy import func, select, text
from zorgregio.events.allocation import AllocationIssued
from zorgregio.events.availability import SupplyGapClosed
from zorgregio.events.envelope import CloudEvent
from zorgregio.messaging.consumer import dead_letter_error
from zorgregio.testing.kafka import read_topic

from tests import scenario
from tests.conftest import wait_until


@pytest.fixture(scope="module")
def loaded(start_service, publish, issuer):
    """The service with the scenario consumed; the first three events are delivered twice."""
    with start_service("monitoring", delivery_poll_seconds=0.1) as svc:
        events = [scenario.wrap(e) for e in scenario.history()]
        bad = CloudEvent(source="/zorgregio/test", type=AllocationIssued.event_type, subject="bad",
                         data={"allocationId": "not-a-uuid"})
        wait_until(lambda: svc.runtime.consumer is not None and svc.runtime.consumer.ready.is_set())
        publish(events[:10] + [bad] + events[10:])
        publish(events[6:9])  # re-delivered: A1 issued, started, stopped
        expected = len(events)
        wait_until(lambda: _inbox(svc) >= expected, timeout=60)
        time.sleep(0.5)
        svc.events = events + events[6:9]
        svc.bad = bad
        yield svc


def _inbox(svc) -> int:
    with svc.runtime.session_factory() as s:
        return s.scalar(text("SELECT count(*) FROM inbox"))



def figure(svc, name: str, **filters) -> list[dict]:
    f = views.Filters(filters.get("region", "MIJOV"), filters.get("municipality"), filters.get("provider"),
                      filters.get("group"), date(2025, 1, 1), date(2025, 6, 1), filters.get("group_by"))
    with svc.runtime.session_factory() as session:
        return views.AGGREGATES[name](session, f).rows


def by_month(rows: list[dict], *columns: str) -> dict:
    return {r["month"]: tuple(r[c] for c in columns) if len(columns) > 1 else r[columns[0]] for r in rows}


def test_redelivered_events_are_counted_once(loaded):
    assert _inbox(loaded) == len(loaded.events) - 3
    assert by_month(figure(loaded, "inflow"), "inflow") == {"2025-01": 3, "2025-02": 1, "2025-03": 1, "2025-06": 1}


def test_a_bad_event_is_dead_lettered_and_the_rest_of_its_batch_applied(loaded, kafka_broker):
    records = read_topic(kafka_broker.bootstrap, "zorgregio.allocation.dlq", expect=1)
    assert [r.value for r in records if b"not-a-uuid" in r.value]
    assert "ValidationError" in dead_letter_error(records[-1].headers)
    assert by_month(figure(loaded, "active"), "active")["2025-06"] == 2


def test_active_at_month_end_and_outflow(loaded):
    assert by_month(figure(loaded, "active"), "active") == {
        "2025-01": 1, "2025-02": 3, "2025-03": 2, "2025-04": 1, "2025-05": 1, "2025-06": 2}
    assert by_month(figure(loaded, "outflow"), "endedAsPlanned", "endedNotAsPlanned") == {
        "2025-01": (1, 0), "2025-03": (1, 0), "2025-04": (0, 1)}


def test_durations_over_month_boundaries(loaded):
    rows = {r["month"]: r for r in figure(loaded, "duration")}
    assert rows["2025-01"]["medianDays"] == 26 and rows["2025-03"]["medianDays"] == 49
    assert rows["2025-04"]["medianDays"] == 69
    with loaded.runtime.session_factory() as s:
        care = dict(s.execute(text("SELECT to_char(month, 'YYYY-MM'), sum(care_days) FROM monthly_rollup "
                                   "WHERE product_code = '45A01' AND provider_id = :p GROUP BY 1"),
                              {"p": scenario.P1}).all())
    # A1 ran 12 days in January, 28 in February, 9 in March; A2 5 Feb–14 Apr (24 + 31 + 14)
    assert care == {"2025-01": 12, "2025-02": 28 + 24, "2025-03": 9 + 31, "2025-04": 14}


def test_measured_waits(loaded):
    rows = {r["month"]: r for r in figure(loaded, "waits")}
    assert (rows["2025-01"]["n"], rows["2025-01"]["medianDays"]) == (2, 5.0)  # 10 and 0 days
    assert (rows["2025-02"]["n"], rows["2025-02"]["medianDays"]) == (2, 9.0)  # 16 and 2 days
    assert rows["2025-06"]["medianDays"] == 9.0
    assert rows["2025-03"]["reports"] == 1 and rows["2025-03"]["reportedMeanWeeks"] == 11.0
    # the provider filter reads the facts instead of the histogram: the same numbers
    by_provider = {r["month"]: r for r in figure(loaded, "waits", provider=str(scenario.P1))}
    assert {m: (r["n"], r["medianDays"], r["p90Days"]) for m, r in by_provider.items() if r["n"]} == {
        m: (r["n"], r["medianDays"], r["p90Days"]) for m, r in rows.items() if r["n"]}
    durations = {r["month"]: r["p90Days"] for r in figure(loaded, "duration", provider=str(scenario.P1))}
    assert durations == {r["month"]: r["p90Days"] for r in figure(loaded, "duration")}


def test_committed_spend(loaded):
    rows = figure(loaded, "spend", group="Begeleiding individueel")
    spend = {r["month"]: r["spend"] for r in rows}
    # A1: 4 h/week × 68.40 over 17, 28 and 10 days; A2: 2 h/week over 28, 31 and 15 days
    assert spend == pytest.approx({"2025-01": 664.46, "2025-02": 1094.40 + 547.20, "2025-03": 390.86 + 605.83,
                                   "2025-04": 293.14})
    assert {r["fundingForm"] for r in rows} == {"inspanningsgericht"}


def test_committed_spend_against_budget(loaded):
    [row] = figure(loaded, "budget")
    # Jan–Jun: A1 2149.72 + A2 1446.17 + A3 150 days × 182.50 + A5 27 days + A6 30 days
    assert row["committed"] == pytest.approx(2149.72 + 1446.17 + 150 * 182.5 + 27 * 182.5 + 30 * 182.5)
    assert (row["municipality"], row["budget"], row["status"], row["peakMonthAllocations"]) == (
        "0200", 10000.0, "over", 3)


def test_balance_stacking_readmissions(loaded):
    balance = {r["month"]: r for r in figure(loaded, "balance")}
    assert (balance["2025-02"]["residential"], balance["2025-02"]["outpatient"]) == (1, 2)
    assert (balance["2025-06"]["residential"], balance["2025-06"]["outpatient"]) == (2, 0)
    assert by_month(figure(loaded, "stacking"), "stackedClients", "stackedAllocations") == {
        "2025-01": (1, 1), "2025-02": (1, 1)}
    assert by_month(figure(loaded, "readmissions"), "readmissionAllocations") == {"2025-06": 1}


def test_pipeline_stale_and_exit_candidates(loaded):
    pipeline = by_month(figure(loaded, "pipeline"), "submitted", "admitted", "rejected")
    assert pipeline == {"2025-01": (2, 1, 1)}
    stale = {r["productGroup"]: (r["entries"], r["stale"]) for r in figure(loaded, "stale-share")}
    assert stale == {"Begeleiding individueel": (1, 0), "Verblijf/Wonen": (1, 1)}
    exits = figure(loaded, "exit-candidates")
    assert [(r["providerId"], r["municipality"]) for r in exits] == [(str(scenario.P2), scenario.OTHER_MUNI)]


def test_signals_from_events_and_norms(loaded):
    raised = evaluate_norms(loaded.runtime, today=date(2025, 6, 15))
    assert raised >= 2
    with loaded.runtime.session_factory() as s:
        kinds = dict(s.execute(select(Signal.kind, func.count()).group_by(Signal.kind)).all())
    assert kinds["stale_data"] == 1 and kinds["supply_gap"] == 1 and kinds["waiting_time_over_norm"] == 1
    assert kinds["exit_candidate"] == 1 and kinds["budget_over"] == 1
    assert evaluate_norms(loaded.runtime, today=date(2025, 6, 15)) == 0  # an open signal is not raised twice


def test_closed_supply_gap_resolves_its_signal(loaded, publish):
    with loaded.runtime.session_factory() as s:
        gap = s.scalars(select(Signal).where(Signal.kind == "supply_gap")).one()
    assert gap.status != "resolved"
    publish([scenario.wrap(SupplyGapClosed(region_code=gap.region_code, municipality_code=gap.municipality_code,
                                           product_code=gap.product_code, closed_at=datetime.now(UTC)))])

    def resolved():
        with loaded.runtime.session_factory() as s:
            return s.get(Signal, gap.id).status == "resolved" and s.get(Signal, gap.id)
    assert wait_until(resolved).resolved_by == "system"


def histograms(session) -> dict:
    """The day histograms without trailing zeros (an array may be longer after a change)."""
    rows = session.execute(text("SELECT region_code, scope, scope_value, kind, month, counts FROM days_histogram"))
    out = {}
    for *key, counts in rows:
        while counts and counts[-1] == 0:
            counts = counts[:-1]
        if counts:
            out[tuple(key)] = counts
    return out


def test_rebuild_gives_the_same_figures(loaded):
    names = ["inflow", "outflow", "active", "duration", "waits", "spend", "balance", "stacking", "readmissions",
             "pipeline", "stale-share", "exit-candidates", "budget"]
    before = {name: figure(loaded, name) for name in names}
    with loaded.runtime.session_factory() as s:
        rollup_before = s.execute(text("SELECT * FROM monthly_rollup ORDER BY 1, 2, 3, 4, 5")).all()
        area_before = s.execute(text("SELECT * FROM monthly_area_rollup ORDER BY 1, 2, 3, 4")).all()
        histogram_before = histograms(s)
    applied = rebuild(loaded.runtime, loaded.events)
    assert applied == len(loaded.events) - 3
    assert {name: figure(loaded, name) for name in names} == before
    with loaded.runtime.session_factory() as s:
        assert s.execute(text("SELECT * FROM monthly_rollup ORDER BY 1, 2, 3, 4, 5")).all() == rollup_before
        assert s.execute(text("SELECT * FROM monthly_area_rollup ORDER BY 1, 2, 3, 4")).all() == area_before
        assert histograms(s) == histogram_before


def test_seed_writes_the_norms_once(loaded):
    from monitor_service.seed import seed

    seed(loaded.runtime)
    seed(loaded.runtime)
    with loaded.runtime.session_factory() as s:
        assert s.scalar(text("SELECT count(*) FROM region_norms")) == 4
