"""The platform as one system: the whole story of issue 8, only through the public REST APIs
with real tokens, as one ordered scenario (the steps below run in file order and share `story`).

region ZOU: the contract manager publishes a catalogue with a tariff → the assessor opens an
intake window → a provider registers, applies with a PDF as evidence → screening, verdict,
dialogue, admission (`provider.admitted`) → the framework contract appears in contracting (from
the event) and is signed → the provider reports availability → an anonymous referrer finds it
for Zeist (0355) sorted by wait → the back office of 0355 subscribes to `allocations` with a
callback served by this test → the access team of 0355 allocates → the provider accepts and
starts care → the monitor shows the inflow (suppressed as "<5" while small, exact from 5) and
the measured wait → the back office got signed notifications → care stops, the outflow shows.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import random
import uuid
from datetime import date

import pytest
from conftest import eventually
from journeys import PDF, SUPPRESSED, Receiver, ok, today, valid_bsn

REGION, ZEIST, DRIEBERGEN = "ZOU", "0355", "1581"
PRODUCT = "45A48"


@pytest.fixture(scope="module")
def story() -> dict:
    return {}


@pytest.fixture(scope="module")
def receiver():
    receiver = Receiver()
    receiver.server.start()
    yield receiver
    receiver.server.stop()


def need(story: dict, *keys: str) -> None:
    missing = [k for k in keys if k not in story]
    if missing:
        pytest.skip(f"an earlier step of the story failed (missing {missing})")


def figure(platform, http, aggregate: str, headers: dict, **params) -> dict:
    """This month's row of a monitor figure for the story's region (other tests on the same
    platform allocate in other regions)."""
    params = {"region": REGION, **params}
    body = ok(http.get(f"{platform.api('monitoring')}/figures/{aggregate}", headers=headers, params=params))
    assert body["suppressedBelow"] == 5
    month = today().strftime("%Y-%m")
    rows = [row for row in body["rows"] if row["month"] == month]
    return rows[0] if rows else {}


# --- 1. the region's catalogue ------------------------------------------------------------------

def test_01_contract_manager_publishes_catalogue_with_tariffs(platform, http, story):
    cm = platform.headers("region_contract_manager", region_code=REGION)
    contracting = platform.api("contracting")
    first_of_year = today().replace(month=1, day=1).isoformat()
    ok(http.post(f"{contracting}/catalogue/products", headers=cm, json={
        "regionCode": REGION, "code": PRODUCT, "name": "Behandeling jeugd individueel", "category": "45",
        "productGroup": "Behandeling", "unit": "uur", "fundingForm": "inspanningsgericht",
        "validFrom": first_of_year}), 201)
    tariff = ok(http.post(f"{contracting}/tariffs", headers=cm, json={
        "regionCode": REGION, "productCode": PRODUCT, "amount": "95.50", "validFrom": first_of_year}), 201)
    assert tariff["unit"] == "uur"
    version = ok(http.post(f"{contracting}/catalogue/versions", headers=cm,
                           json={"regionCode": REGION, "effectiveOn": today().isoformat()}), 201)
    assert version["productCount"] == 1
    # the catalogue and tariffs are public
    products = ok(http.get(f"{contracting}/catalogue/products", params={"region": REGION}))
    assert [p["code"] for p in products] == [PRODUCT]
    tariffs = ok(http.get(f"{contracting}/tariffs", params={"region": REGION, "product": PRODUCT}))
    assert [t["amount"] for t in tariffs] == ["95.50"]
    story["catalogue"] = version["version"]


# --- 2. admission ------------------------------------------------------------------------------

def test_02_assessor_opens_intake_window_and_sets_a_requirement(platform, http, story):
    need(story, "catalogue")
    assessor = platform.headers("region_assessor", region_code=REGION)
    admission = platform.api("admission")
    ok(http.post(f"{admission}/requirements", headers=assessor, json={
        "regionCode": REGION, "code": "KVK", "title": "Uittreksel Kamer van Koophandel", "layer": "general",
        "evidenceType": "kvk_extract"}), 201)
    window = ok(http.post(f"{admission}/intake-windows", headers=assessor, json={
        "regionCode": REGION, "name": "Toetredingsmoment e2e", "opensOn": today().isoformat(),
        "closesOn": date.fromordinal(today().toordinal() + 30).isoformat()}), 201)
    assert window["openNow"] is True
    story["window"] = window["id"]


def test_03_provider_registers_and_applies_with_evidence(platform, http, story):
    need(story, "window")
    provider_id = str(uuid.uuid4())
    provider = platform.headers("provider", provider_id=provider_id)
    admission = platform.api("admission")
    registered = ok(http.post(f"{admission}/providers", headers={**provider, "Idempotency-Key": str(uuid.uuid4())},
                              json={"id": provider_id, "name": "Jeugdzorg De Linde", "kvkNumber": "12345678",
                                    "agbCode": "98765432",
                                    "addresses": [{"kind": "visit", "street": "Lindelaan", "houseNumber": "1",
                                                   "postalCode": "3701 AB", "city": "Zeist"}],
                                    "contacts": [{"name": "A. de Vries", "email": "a.devries@delinde.example"}],
                                    "publicContact": {"city": "Zeist", "website": "https://delinde.example"}}), 201)
    assert registered["id"] == provider_id
    application = ok(http.post(f"{admission}/applications", headers=provider, json={
        "regionCode": REGION, "productCodes": [PRODUCT], "municipalityCodes": [ZEIST, DRIEBERGEN]}), 201)
    assert application["status"] == "submitted"
    assert [r["code"] for r in application["requirements"]] == ["KVK"]
    evidence = ok(http.post(f"{admission}/applications/{application['id']}/evidence", headers=provider,
                            files={"file": ("kvk-uittreksel.pdf", PDF, "application/pdf")},
                            data={"requirementCode": "KVK"}), 201)
    assert evidence["mediaType"] == "application/pdf" and evidence["size"] == len(PDF)
    assert evidence["sha256"] == hashlib.sha256(PDF).hexdigest()
    # the assessor reads the very same bytes back
    assessor = platform.headers("region_assessor", region_code=REGION)
    content = http.get(f"{admission}/applications/{application['id']}/evidence/{evidence['id']}/content",
                       headers=assessor)
    assert content.status_code == 200 and content.content == PDF
    story.update(provider_id=provider_id, application=application["id"])


def test_04_screening_verdict_dialogue_admission(platform, http, story):
    need(story, "application")
    assessor = platform.headers("region_assessor", region_code=REGION)
    base = f"{platform.api('admission')}/applications/{story['application']}"
    assert ok(http.post(f"{base}/screening", headers=assessor))["status"] == "screening"
    verdict = ok(http.post(f"{base}/verdicts", headers=assessor,
                           json={"requirementCode": "KVK", "verdict": "approved"}))
    assert verdict["requirements"][0]["verdict"] == "approved"
    assert ok(http.post(f"{base}/dialogue", headers=assessor))["status"] == "dialogue"
    ok(http.post(f"{base}/dialogue-sessions", headers=assessor,
                 json={"heldOn": today().isoformat(), "notes": "Kennismaking en werkwijze"}), 201)
    admitted = ok(http.post(f"{base}/admission", headers=assessor, json={"reasons": ["Voldoet aan alle eisen"]}))
    assert admitted["status"] == "admitted" and admitted["admittedOn"] == today().isoformat()
    story["admitted"] = True


# --- 3. contracting ------------------------------------------------------------------------------

def test_05_framework_contract_from_the_admission_is_signed(platform, http, story):
    need(story, "admitted")
    cm = platform.headers("region_contract_manager", region_code=REGION)
    contracting = platform.api("contracting")
    contracts = eventually(lambda: ok(http.get(f"{contracting}/contracts", headers=cm,
                                               params={"provider": story["provider_id"]})), timeout=30)
    assert len(contracts) == 1
    contract = contracts[0]
    assert contract["kind"] == "framework" and contract["status"] == "draft"
    detail = ok(http.get(f"{contracting}/contracts/{contract['id']}", headers=cm))
    assert sorted((line["productCode"], line["municipalityCode"]) for line in detail["lines"]) == \
        [(PRODUCT, ZEIST), (PRODUCT, DRIEBERGEN)]
    # nothing can be allocated on a draft contract
    signed = ok(http.post(f"{contracting}/contracts/{contract['id']}/signature", headers=cm, json={}))
    assert signed["status"] == "active" and signed["signedAt"]
    # the provider sees its own contract, active
    provider = platform.headers("provider", provider_id=story["provider_id"])
    own = ok(http.get(f"{contracting}/contracts", headers=provider))
    assert [(c["id"], c["status"]) for c in own] == [(contract["id"], "active")]
    story["contract"] = contract["id"]


# --- 4. availability -------------------------------------------------------------------------------

def test_06_provider_reports_availability_and_referrer_finds_it(platform, http, story):
    need(story, "contract")
    provider = platform.headers("provider", provider_id=story["provider_id"])
    availability = platform.api("availability")
    entries = f"{availability}/providers/{story['provider_id']}/entries"
    common = {"productCode": PRODUCT, "acceptingNewClients": True, "ageMin": 4, "ageMax": 18,
              "bridgingCare": {"offered": True, "description": "Ambulante overbrugging"}}
    slow = ok(http.post(entries, headers=provider, json={**common, "location": {"name": "De Linde Driebergen",
                                                                                 "city": "Driebergen"},
                                                           "intakeWaitWeeks": 8, "treatmentWaitWeeks": 10}), 201)
    fast = ok(http.post(entries, headers=provider, json={**common, "location": {"name": "De Linde Zeist",
                                                                                 "city": "Zeist"},
                                                           "intakeWaitWeeks": 3, "treatmentWaitWeeks": 5,
                                                           "freePlaces": 4}), 201)

    def found():  # anonymous: no Authorization header at all
        response = http.get(f"{availability}/search", params={"municipality": ZEIST, "productCode": PRODUCT,
                                                              "sort": "wait"})
        items = ok(response)["items"]
        return items if len(items) == 2 else None

    items = eventually(found, timeout=30)
    assert [i["entryId"] for i in items] == [fast["entryId"], slow["entryId"]], "sorted by wait, shortest first"
    assert items[0]["providerName"] == "Jeugdzorg De Linde" and items[0]["intakeWaitWeeks"] == 3
    assert items[0]["stale"] is False and items[0]["acceptingNewClients"] is True
    assert items[0]["measuredWait"]["suppressed"] is True  # no allocations yet
    story["entry"] = fast["entryId"]


# --- 5. the back office subscribes ---------------------------------------------------------------------

def test_07_backoffice_subscribes_to_allocations(platform, http, story, receiver):
    need(story, "entry")
    backoffice = platform.headers("backoffice", municipality_code=ZEIST)
    created = ok(http.post(f"{platform.api('monitoring')}/subscriptions", headers=backoffice, json={
        "channel": "allocations", "callbackUrl": receiver.url, "auth": "Bearer token-of-the-back-office"}), 201)
    assert created["municipalityCode"] == ZEIST and created["status"] == "active" and created["secret"]
    listed = ok(http.get(f"{platform.api('monitoring')}/subscriptions/{created['id']}", headers=backoffice))
    assert "secret" not in listed, "the secret is shown only once"
    story.update(subscription=created["id"], secret=created["secret"])


# --- 6. allocation -------------------------------------------------------------------------------------

def allocation_body(story: dict, bsn: str, name: str) -> dict:
    return {"municipalityCode": ZEIST, "client": {"bsn": bsn, "name": name, "birthDate": "2015-03-01"},
            "productCode": PRODUCT, "providerId": story["provider_id"],
            "volume": {"amount": "2", "unit": "uur", "frequency": "per_week"}, "startDate": today().isoformat(),
            "referrerType": "01", "reason": "Behandeling angst- en stemmingsklachten"}


def test_08_access_team_allocates(platform, http, story):
    need(story, "subscription")
    access_team = platform.headers("access_team", municipality_code=ZEIST)
    key = str(uuid.uuid4())
    body = allocation_body(story, valid_bsn(random.Random(8)), "Kind Eén")
    url = f"{platform.api('contracting')}/allocations"
    issued = ok(http.post(url, headers={**access_team, "Idempotency-Key": key}, json=body), 201)
    assert issued["status"] == "issued" and issued["contractId"] == story["contract"]
    assert issued["client"] is None, "no client data without a purpose"
    again = http.post(url, headers={**access_team, "Idempotency-Key": key}, json=body)
    assert again.status_code == 200 and again.json()["id"] == issued["id"], "a retry gives the same allocation"
    story["allocation"] = issued["id"]


def test_09_provider_accepts_and_starts_care(platform, http, story):
    need(story, "allocation")
    provider = platform.headers("provider", provider_id=story["provider_id"])
    base = f"{platform.api('contracting')}/allocations/{story['allocation']}"
    assert ok(http.post(f"{base}/acceptance", headers=provider))["status"] == "accepted"
    started = ok(http.post(f"{base}/care-start", headers=provider, json={"startedOn": today().isoformat()}))
    assert started["status"] == "started" and started["careStartedOn"] == today().isoformat()
    story["started"] = [story["allocation"]]


# --- 7. monitoring -------------------------------------------------------------------------------------

def test_10_monitor_shows_one_allocation_only_as_suppressed(platform, http, story):
    """One allocation is a small cell: every role, admin included, sees the "<5" marker."""
    need(story, "started")
    analyst = platform.headers("region_analyst", region_code=REGION)

    def started_counted():
        row = figure(platform, http, "active", analyst)
        return row if row.get("active") == SUPPRESSED else None

    eventually(started_counted, timeout=30)
    for headers in (analyst, platform.headers("admin"), platform.headers("backoffice", municipality_code=ZEIST)):
        row = figure(platform, http, "inflow", headers)
        assert row["inflow"] == SUPPRESSED
        waits = figure(platform, http, "waits", headers)
        assert waits["n"] == SUPPRESSED and waits["medianDays"] == SUPPRESSED


def test_11_monitor_shows_inflow_and_measured_wait_from_five(platform, http, story):
    """Four more children: at five allocations the figures are exact."""
    need(story, "started")
    access_team = platform.headers("access_team", municipality_code=ZEIST)
    provider = platform.headers("provider", provider_id=story["provider_id"])
    contracting = platform.api("contracting")
    rng = random.Random(11)
    for n in range(4):
        issued = ok(http.post(f"{contracting}/allocations", headers={**access_team,
                                                                     "Idempotency-Key": str(uuid.uuid4())},
                              json=allocation_body(story, valid_bsn(rng), f"Kind {n + 2}")), 201)
        ok(http.post(f"{contracting}/allocations/{issued['id']}/acceptance", headers=provider))
        ok(http.post(f"{contracting}/allocations/{issued['id']}/care-start", headers=provider,
                     json={"startedOn": today().isoformat()}))
        story["started"].append(issued["id"])
    analyst = platform.headers("region_analyst", region_code=REGION)
    waits = eventually(lambda: (row := figure(platform, http, "waits", analyst)).get("n") == 5 and row, timeout=30)
    assert waits["medianDays"] == 0 and waits["meanDays"] == 0, "care started on the day of issue"
    inflow = figure(platform, http, "inflow", analyst)
    assert inflow["inflow"] == 5
    assert figure(platform, http, "active", analyst)["active"] == 5
    own = figure(platform, http, "inflow", platform.headers("backoffice", municipality_code=ZEIST),
                 municipality=ZEIST)
    assert own["inflow"] == 5
    # beside the reported wait the referrer now sees the measured wait
    def measured():
        items = ok(http.get(f"{platform.api('availability')}/search",
                            params={"municipality": ZEIST, "productCode": PRODUCT, "sort": "wait"}))["items"]
        wait = next(i for i in items if i["entryId"] == story["entry"])["measuredWait"]
        return wait if not wait["suppressed"] else None

    wait = eventually(measured, timeout=30)
    assert wait["cases"] == 5 and wait["medianDays"] == 0
    story["figures"] = True


def test_12_backoffice_received_signed_notification(platform, http, story, receiver):
    need(story, "allocation", "secret")
    allocation_path = f"/contracting/api/v1/allocations/{story['allocation']}"

    def notifications():
        found = []
        for headers, body in receiver.received():
            message = json.loads(body)
            if message.get("hoofdObject") == allocation_path:
                found.append((headers, body, message))
        return found if {m["actie"] for _, _, m in found} >= {"issued", "accepted", "started"} else None

    delivered = eventually(notifications, timeout=30)
    for headers, body, message in delivered:
        expected = "sha256=" + hmac.new(story["secret"].encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["x-zorgregio-signature"], expected), "signature over the exact body"
        assert headers["authorization"] == "Bearer token-of-the-back-office"
        assert message["kanaal"] == "allocations" and message["kenmerken"]["gemeentecode"] == ZEIST
        assert "bsn" not in body.decode().lower(), "no personal data in a notification"
    issued = [m for _, _, m in delivered if m["actie"] == "issued"]
    assert len(issued) == 1, "the retried submission was notified once"

    def delivery_log():  # the monitor records a delivery once the receiver's answer is back: just after it
        log = ok(http.get(f"{platform.api('monitoring')}/subscriptions/{story['subscription']}/deliveries",
                          headers=platform.headers("backoffice", municipality_code=ZEIST)))
        mine = [d for d in log if d["notification"]["hoofdObject"] == allocation_path]
        return mine if len(mine) >= len(delivered) and all(d["status"] != "pending" for d in mine) else None

    mine = eventually(delivery_log, timeout=30)
    assert mine and all(d["status"] == "delivered" and d["lastStatusCode"] == 204 for d in mine)
    # a forged body does not match the signature
    headers, body, _ = delivered[0]
    forged = body.replace(b"allocations", b"allocationz")
    assert headers["x-zorgregio-signature"] != \
        "sha256=" + hmac.new(story["secret"].encode(), forged, hashlib.sha256).hexdigest()


# --- 8. care stops ---------------------------------------------------------------------------------------

def test_13_care_stops_and_the_outflow_shows(platform, http, story):
    need(story, "figures")
    provider = platform.headers("provider", provider_id=story["provider_id"])
    contracting = platform.api("contracting")
    for allocation_id in story["started"]:
        stopped = ok(http.post(f"{contracting}/allocations/{allocation_id}/care-stop", headers=provider,
                               json={"stoppedOn": today().isoformat(), "reasonCode": "02"}))
        assert stopped["status"] == "stopped" and stopped["careStoppedOn"] == today().isoformat()
    analyst = platform.headers("region_analyst", region_code=REGION)
    outflow = eventually(lambda: (row := figure(platform, http, "outflow", analyst)).get("outflow") == 5 and row,
                         timeout=30)
    assert outflow["outflow"] == 5
    assert figure(platform, http, "active", analyst)["active"] == SUPPRESSED  # none left: 0 is a small cell too
    backoffice = platform.headers("backoffice", municipality_code=ZEIST)
    expected = {a: "stopped" for a in story["started"]}

    def feed_caught_up():  # the change feed numbers each change a moment after it commits
        feed = ok(http.get(f"{contracting}/allocations", headers=backoffice, params={"municipality": ZEIST}))
        return {a["id"]: a["status"] for a in feed["items"]} == expected

    eventually(feed_caught_up, timeout=15)
