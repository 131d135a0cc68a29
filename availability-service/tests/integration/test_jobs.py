"""Periodic jobs: stale entries and supply gaps, each reported once."""
from __future__ import annotations

from availability_service.service_layer import jobs
from conftest import REGION, entries_of, report
from sqlalchemy import text
from zorgregio.events.availability import AvailabilityStale, SupplyGapClosed, SupplyGapDetected


def _outbox(svc, event_type: str) -> list[dict]:
    with svc.runtime.engine.connect() as conn:
        return [row[0]["data"] for row in conn.execute(
            text("SELECT event FROM outbox WHERE event_type = :t ORDER BY seq"), {"t": event_type})]


def test_stale_is_emitted_once_per_stale_period(svc, contracted, issuer):
    provider = contracted(products=("45A10",))
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(),
                   headers=provider.headers(issuer)).raise_for_status()
    jobs.emit_stale(svc.runtime.uow)
    assert not [e for e in _outbox(svc, AvailabilityStale.event_type) if e["entryId"] == entry_id]

    with svc.runtime.uow() as uow:
        uow.session.execute(text("UPDATE entries SET last_confirmed_at = now() - interval '15 days' "
                                 "WHERE entry_id = :e"), {"e": entry_id})
        uow.refresh_search(entry_ids=[entry_id])
        uow.commit()
    assert entries_of(svc, provider.id)[0]["stale"] is True
    jobs.emit_stale(svc.runtime.uow)
    jobs.emit_stale(svc.runtime.uow)
    stale = [e for e in _outbox(svc, AvailabilityStale.event_type) if e["entryId"] == entry_id]
    assert len(stale) == 1 and stale[0]["updatePeriodDays"] == 14

    svc.client.post(svc.api(f"/providers/{provider.id}/confirm"), headers=provider.headers(issuer)).raise_for_status()
    assert entries_of(svc, provider.id)[0]["stale"] is False
    reported = [e for e in _outbox(svc, "nl.zorgregio.availability.reported.v1") if e["entryId"] == entry_id]
    assert len(reported) == 2 and reported[-1]["specialisms"] == ["trauma", "complexe-scheiding"]


def test_supply_gap_endpoint_and_event_once_per_opening(svc, contracted, issuer):
    jobs.emit_gaps(svc.runtime.uow)  # settle gaps left by other tests
    before = len(_outbox(svc, SupplyGapDetected.event_type))
    closed_before = len(_outbox(svc, SupplyGapClosed.event_type))
    gaps = svc.client.get(svc.api("/gaps"), params={"region": REGION}).json()
    assert gaps["normWeeks"] == 4
    # Nobody offers 44A15 (logeeropvang) in Zuid Oost Utrecht: a gap in every municipality.
    assert {g["municipalityCode"] for g in gaps["items"] if g["productCode"] == "44A15"} == {
        "0312", "0310", "1581", "0352", "0355"}

    provider = contracted(products=("44A15",), municipalities=("0352",))
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(intakeWaitWeeks=2),
                   headers=provider.headers(issuer)).raise_for_status()
    gaps = svc.client.get(svc.api("/gaps"), params={"region": REGION}).json()["items"]
    assert ("0352", "44A15") not in {(g["municipalityCode"], g["productCode"]) for g in gaps}

    jobs.emit_gaps(svc.runtime.uow)
    jobs.emit_gaps(svc.runtime.uow)
    svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(intakeWaitWeeks=8),
                   headers=provider.headers(issuer)).raise_for_status()
    jobs.emit_gaps(svc.runtime.uow)
    jobs.emit_gaps(svc.runtime.uow)
    opened = _outbox(svc, SupplyGapDetected.event_type)[before:]
    assert [(e["municipalityCode"], e["productCode"]) for e in opened] == [("0352", "44A15")]
    closed = _outbox(svc, SupplyGapClosed.event_type)[closed_before:]
    assert [(e["municipalityCode"], e["productCode"]) for e in closed] == [("0352", "44A15")]  # once, in between
    assert svc.client.get(svc.api("/gaps"), params={"region": "bad region"}).status_code == 400
