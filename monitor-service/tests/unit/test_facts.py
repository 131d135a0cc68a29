"""The fact model on its own: derived columns, contributions per month, client flags."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from monitor_service.domain.facts import (
    TariffPeriod,
    client_flags,
    contribution,
    derive,
    difference,
    split_by_month,
)

TARIFF = [TariffPeriod(Decimal("10.00"), date(2025, 1, 1), date(2025, 2, 28)),
          TariffPeriod(Decimal("12.00"), date(2025, 3, 1), None)]


def fact(**values):
    base = {"allocation_id": 1, "region_code": "R", "municipality_code": "M", "provider_id": "P", "product_code": "X",
                "client_pseudonym": "c", "issued_at": datetime(2025, 1, 31, 23, 30, tzinfo=UTC),
                "start_date": date(2025, 2, 1), "end_date": date(2025, 3, 31), "volume_amount": Decimal(7),
                "volume_frequency": "per_week", "started_on": None, "stopped_on": None, "ended_on": None, "withdrawn_at": None,
                "refused_at": None, "ended_as_planned": None, "residential": False}
    return derive({**base, **values})


def months(contrib, name):
    return {key[4].strftime("%Y-%m"): c[name] for key, c in contrib.items() if name in c}


def test_split_by_month_counts_every_day_once():
    assert [(m.month, d) for m, d in split_by_month(date(2024, 1, 30), date(2024, 3, 2))] == [(1, 2), (2, 29), (3, 2)]


def test_issue_month_is_the_amsterdam_date():
    # 23:30 UTC on 31 January is 1 February in Amsterdam
    assert months(contribution(fact()), "inflow") == {"2025-02": 1}


def test_active_outflow_and_duration_go_to_the_right_months():
    f = fact(started_on=date(2025, 2, 10), stopped_on=date(2025, 4, 5), ended_as_planned=False)
    c = contribution(f, TARIFF)
    assert months(c, "active_delta") == {"2025-02": 1, "2025-04": -1}
    assert months(c, "outflow_unplanned") == {"2025-04": 1}
    assert months(c, "duration_sum") == {"2025-04": 54}
    assert months(c, "care_days") == {"2025-02": 19, "2025-03": 31, "2025-04": 4}
    assert months(c, "wait_sum") == {"2025-02": 9}


def test_spend_follows_the_tariff_valid_in_each_month_and_stops_with_care():
    f = fact(started_on=date(2025, 2, 1), stopped_on=date(2025, 3, 7), ended_as_planned=True)
    spend = months(contribution(f, TARIFF), "spend")
    assert spend == {"2025-02": Decimal("280.00"), "2025-03": Decimal("84.00")}  # 7 h/week × 28 d, × 7 d × 12


def test_withdrawn_allocation_commits_nothing():
    c = contribution(fact(withdrawn_at=datetime(2025, 2, 2, tzinfo=UTC)), TARIFF)
    assert months(c, "spend") == {} and months(c, "withdrawn") == {"2025-02": 1}


def test_difference_of_a_change_is_only_what_changed():
    before = fact(started_on=date(2025, 2, 3))
    after = fact(started_on=date(2025, 2, 3), stopped_on=date(2025, 3, 3), ended_as_planned=True)
    delta = difference(contribution(after, TARIFF), contribution(before, TARIFF))
    assert months(delta, "outflow_planned") == {"2025-03": 1}
    assert months(delta, "spend") == {"2025-03": Decimal("-336.00")}  # 28 fewer days × 1 h × 12


def test_stacking_and_readmission_flags():
    a = fact(allocation_id="a", start_date=date(2025, 1, 1), end_date=date(2025, 6, 30))
    b = fact(allocation_id="b", start_date=date(2025, 6, 1), end_date=None)
    r1 = fact(allocation_id="r1", residential=True, start_date=date(2024, 1, 1), end_date=date(2024, 3, 1),
              started_on=date(2024, 1, 1), stopped_on=date(2024, 3, 1))
    r2 = fact(allocation_id="r2", residential=True, issued_at=datetime(2025, 2, 1, tzinfo=UTC),
              start_date=date(2025, 7, 1), end_date=date(2025, 8, 1))
    flags = client_flags([a, b, r1, r2])
    assert flags["a"] == (True, False) and flags["b"] == (True, False)
    assert flags["r1"] == (False, False) and flags["r2"] == (True, True)
