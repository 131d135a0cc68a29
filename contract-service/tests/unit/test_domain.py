"""Pure domain rules: the eleven-test, costs per year, lifecycle transitions, product codes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from contract_service.domain import ijw
from contract_service.domain.allocation import (
    Action,
    Status,
    Volume,
    check_transition,
    cost_per_year,
)
from contract_service.domain.catalogue import check_product_code
from contract_service.domain.errors import InvalidTransition, Refused


@pytest.mark.parametrize("bsn,valid", [("111222333", True), ("123456782", True), ("123456780", False),
                                       ("000000000", False), ("12345678", False), ("12345678a", False)])
def test_eleven_test(bsn, valid):
    assert ijw.bsn_valid(bsn) is valid


def test_cost_per_week_split_over_years():
    costs = cost_per_year(Volume(Decimal(2), "uur", "per_week"), "uur", Decimal(100), date(2026, 12, 18),
                          date(2027, 1, 14))
    assert costs == {2026: Decimal("400.00"), 2027: Decimal("400.00")}


def test_cost_total_and_minutes():
    assert cost_per_year(Volume(Decimal(1), "stuk", "totaal"), "stuk", Decimal(2450), date(2026, 1, 1),
                         date(2026, 6, 30)) == {2026: Decimal("2450.00")}
    assert cost_per_year(Volume(Decimal(90), "minuut", "per_dag"), "uur", Decimal(60), date(2026, 1, 1),
                         date(2026, 1, 10)) == {2026: Decimal("900.00")}
    with pytest.raises(Refused):
        cost_per_year(Volume(Decimal(1), "etmaal", "per_dag"), "uur", Decimal(1), date(2026, 1, 1),
                      date(2026, 1, 2))


@pytest.mark.parametrize("status,action,ok", [
    (Status.ISSUED, Action.ACCEPT, True), (Status.ISSUED, Action.START_CARE, False),
    (Status.ACCEPTED, Action.START_CARE, True), (Status.STARTED, Action.STOP_CARE, True),
    (Status.STOPPED, Action.AMEND, False), (Status.REFUSED, Action.ACCEPT, False),
    (Status.STARTED, Action.WITHDRAW, False), (Status.ACCEPTED, Action.WITHDRAW, True),
    (Status.ISSUED, Action.END, False), (Status.STARTED, Action.END, True)])
def test_transitions(status, action, ok):
    if ok:
        check_transition(status, action, care_started=True)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(status, action, care_started=True)


def test_stop_needs_started_care():
    with pytest.raises(InvalidTransition):
        check_transition(Status.ENDED, Action.STOP_CARE, care_started=False)


def test_product_codes_and_referrer_codes():
    check_product_code("45A48", "45")
    for code, category in (("45A4", "45"), ("39A01", "39"), ("45A01", "41")):
        with pytest.raises(Refused):
            check_product_code(code, category)
    assert ijw.referrer_types()["02"] == "huisarts" and len(ijw.referrer_types()) == 6
    assert ijw.stop_reason("02")["asPlanned"] is True and ijw.stop_reason("01")["asPlanned"] is False
