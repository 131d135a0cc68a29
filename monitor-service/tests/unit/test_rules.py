"""Suppression, norms and delivery signing on their own."""
from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal

import pytest
from monitor_service.domain.norms import Norms, default_norms
from monitor_service.domain.suppression import suppress
from monitor_service.service_layer.delivery import encode_body, sign


def test_counts_below_five_and_what_they_reveal_are_suppressed():
    rows = suppress([{"month": "2025-01", "n": 3, "medianDays": 12.0, "spend": 10.5},
                     {"month": "2025-02", "n": 5, "medianDays": 7.0, "spend": 1.0}],
                    counts=("n",), derived={"medianDays": "n"})
    assert rows[0] == {"month": "2025-01", "n": "<5", "medianDays": "<5", "spend": 10.5}
    assert rows[1]["n"] == 5 and rows[1]["medianDays"] == 7.0


def test_booleans_are_not_counts():
    assert suppress([{"ok": True, "n": 0}], counts=("ok", "n"), derived={})[0] == {"ok": True, "n": "<5"}


def test_norms_come_from_configuration():
    norms = default_norms("ZOU")
    assert norms.max_wait_for("anything") == 4  # "no child at home for more than 4 weeks"
    assert default_norms("MIJOV").max_wait_for("Behandeling") == 10
    assert Norms("X").budget_status(Decimal(89), Decimal(100)) is None
    assert Norms("X").budget_status(Decimal(90), Decimal(100)) == "budget_near"
    assert Norms("X").budget_status(Decimal(100), Decimal(100)) == "budget_over"


def test_signature_is_hmac_sha256_over_the_exact_body():
    payload = encode_body({"kanaal": "allocations", "kenmerken": {"gemeentecode": "0200"}})
    expected = hmac.new(b"s3cret", payload, hashlib.sha256).hexdigest()
    assert sign("s3cret", payload) == f"sha256={expected}"


def test_percentile_matches_postgres_percentile_cont():
    from monitor_service.views import percentile

    histogram = [(0, 1), (10, 2), (40, 1)]  # 0, 10, 10, 40
    assert percentile(histogram, 4, 0.5) == 10
    assert percentile(histogram, 4, 0.9) == pytest.approx(31.0)
    assert percentile([(5, 1)], 1, 0.9) == 5


def test_parts_of_a_shown_total_are_suppressed_together():
    row = {"outflow": 9, "endedAsPlanned": 6, "endedNotAsPlanned": 3, "plannedShare": 0.667}
    [out] = suppress([row], counts=("outflow", "endedAsPlanned", "endedNotAsPlanned"),
                     derived={"plannedShare": "endedAsPlanned"},
                     complements=(("endedAsPlanned", "endedNotAsPlanned"),))
    # 6 alone would give away the 3 by subtraction from 9
    assert out == {"outflow": 9, "endedAsPlanned": "<5", "endedNotAsPlanned": "<5", "plannedShare": "<5"}
