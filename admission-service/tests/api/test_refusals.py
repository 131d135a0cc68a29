"""Every refusal is problem+json 4xx naming the reason, and nothing is stored."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from conftest import PDF, assert_problem


def count_applications(api, provider_id) -> int:
    return len(api.get("/applications", api.provider(provider_id)).json()["items"])


def test_invalid_kvk_and_agb_refused_naming_the_field(api):
    provider_id = uuid.uuid4()
    for field, value in (("kvkNumber", "1234567"), ("agbCode", "12AB5678")):
        body = {"name": "Fout BV", "kvkNumber": "12345678", "agbCode": "12345678", field: value}
        problem = assert_problem(api.post("/providers", api.provider(provider_id), json=body), 400, "invalid-params")
        assert [p["name"] for p in problem["invalidParams"]] == [field]
    assert_problem(api.get(f"/providers/{provider_id}", api.provider(provider_id)), 404)


def test_window_closed(api, requirements):
    # NV has only a window that closed yesterday; no test opens another NV window
    api.open_window("NV", opensOn=str(date.today() - timedelta(days=60)),
                    closesOn=str(date.today() - timedelta(days=1)))
    provider_id = api.new_provider()
    problem = assert_problem(api.apply(provider_id, "NV", ["0243"], products=["45A01"]), 422, "intake-window-closed")
    assert "NV" in problem["detail"] and problem["invalidParams"][0]["name"] == "productGroups"
    assert count_applications(api, provider_id) == 0


def test_interim_window_admits_only_its_group(api):
    api.open_window("ZOU", kind="interim", productGroup="Verblijf/Wonen")
    provider_id = api.new_provider()
    assert_problem(api.apply(provider_id, "ZOU", ["0355"], products=["45A10"]), 422, "intake-window-closed")
    assert api.apply(provider_id, "ZOU", ["0355"], products=["43A20"]).status_code == 201
    assert count_applications(api, provider_id) == 1


def test_group_closed_for_that_municipality(api, requirements):
    api.open_window("CG")
    closed = api.post("/closed-product-groups", api.staff("CG"),
                      json={"regionCode": "CG", "municipalityCode": "0221", "productGroup": "Vervoer plus",
                            "closedOn": str(date.today()), "reason": "Voldoende aanbod vervoer"})
    assert closed.status_code == 201, closed.text
    provider_id = api.new_provider()
    problem = assert_problem(api.apply(provider_id, "CG", ["0202", "0221"], products=["42A01"]), 422,
                             "product-group-closed")
    assert "0221" in problem["detail"] and "Vervoer plus" in problem["detail"]
    assert count_applications(api, provider_id) == 0
    assert api.apply(provider_id, "CG", ["0202"], products=["42A01"]).status_code == 201


@pytest.fixture
def submitted(api, requirements):
    api.open_window("MIJOV")
    provider_id = api.new_provider()
    response = api.apply(provider_id, "MIJOV", ["0200"], products=["45A01"])
    assert response.status_code == 201, response.text
    return provider_id, response.json()["id"]


def evidence_count(api, provider_id, app_id) -> int:
    return len(api.get(f"/applications/{app_id}", api.provider(provider_id)).json()["evidence"])


def test_renamed_executable_refused(api, submitted):
    provider_id, app_id = submitted
    executable = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
    problem = assert_problem(api.upload(provider_id, app_id, "T-KVK", content=executable, name="uittreksel.pdf"),
                             415, "unsupported-file-type")
    assert problem["invalidParams"][0]["name"] == "file"
    assert evidence_count(api, provider_id, app_id) == 0


def test_file_too_large_refused(api, submitted):
    provider_id, app_id = submitted
    too_big = PDF + b"0" * (64 * 1024)  # the test service's limit is 64 KiB
    assert_problem(api.upload(provider_id, app_id, "T-KVK", content=too_big), 413, "file-too-large")
    assert evidence_count(api, provider_id, app_id) == 0


def test_expiring_evidence_needs_an_end_date(api, submitted):
    provider_id, app_id = submitted
    assert_problem(api.upload(provider_id, app_id, "T-VOG"), 422, "valid-until-required")
    assert evidence_count(api, provider_id, app_id) == 0


def test_another_providers_application(api, submitted):
    provider_id, app_id = submitted
    intruder = api.new_provider()
    assert_problem(api.get(f"/applications/{app_id}", api.provider(intruder)), 403, "other-provider")
    assert_problem(api.upload(intruder, app_id, "T-KVK"), 403, "other-provider")
    assert_problem(api.post(f"/applications/{app_id}/withdraw", api.provider(intruder), json={}), 403)
    assert_problem(api.post("/applications", api.provider(intruder),
                            json={"providerId": str(provider_id), "regionCode": "MIJOV", "productCodes": ["45A01"],
                                  "municipalityCodes": ["0200"]}), 403, "other-provider")
    assert evidence_count(api, provider_id, app_id) == 0
    assert count_applications(api, provider_id) == 1
    assert [a["id"] for a in api.get("/applications", api.provider(intruder)).json()["items"]] == []
    assert_problem(api.get(f"/providers/{provider_id}", api.provider(intruder)), 403)


def test_other_regions_staff_cannot_assess(api, submitted):
    _, app_id = submitted
    assert_problem(api.post(f"/applications/{app_id}/screening", api.staff("CG")), 403, "other-region")
    assert_problem(api.get(f"/applications/{app_id}", api.staff("ZOU", "region_analyst")), 403)
    assert_problem(api.post(f"/applications/{app_id}/screening", api.staff("MIJOV", "region_analyst")), 403,
                   "role-missing")


def test_skipping_a_step_is_409_naming_the_status(api, submitted):
    provider_id, app_id = submitted
    staff = api.staff("MIJOV")
    for path, body in (("/admission", {"reasons": []}), ("/dialogue", None),
                       ("/dialogue-sessions", {"heldOn": "2026-11-01"}),
                       ("/verdicts", {"requirementCode": "T-KVK", "verdict": "approved"}),
                       ("/rejection", {"reasons": ["x"]})):
        problem = assert_problem(api.post(f"/applications/{app_id}{path}", staff, json=body), 409,
                                 "invalid-status-transition")
        assert "submitted" in problem["detail"]
    detail = api.get(f"/applications/{app_id}", staff).json()
    assert detail["status"] == "submitted" and [s["action"] for s in detail["history"]] == ["submit"]
    # withdrawn is final: the provider cannot add evidence any more
    assert api.post(f"/applications/{app_id}/withdraw", api.provider(provider_id), json={"reason": "x"}).status_code == 200
    assert_problem(api.upload(provider_id, app_id, "T-KVK"), 409, "invalid-status-transition")
    assert_problem(api.post(f"/applications/{app_id}/screening", staff), 409, "invalid-status-transition")


def test_dialogue_sessions_at_most_the_regions_number(api, requirements):
    api.open_window("CG")
    provider_id = api.new_provider()
    app_id = api.apply(provider_id, "CG", ["0202"], products=["44A15"]).json()["id"]
    staff = api.staff("CG")
    api.post(f"/applications/{app_id}/screening", staff)
    for code in ("T-KVK", "T-VOG"):
        api.post(f"/applications/{app_id}/verdicts", staff, json={"requirementCode": code, "verdict": "approved"})
    assert api.post(f"/applications/{app_id}/dialogue", staff).status_code == 200
    for _ in range(2):  # CG allows two (data/regions.json)
        assert api.post(f"/applications/{app_id}/dialogue-sessions", staff, json={"heldOn": "2026-11-02"}).status_code == 201
    problem = assert_problem(api.post(f"/applications/{app_id}/dialogue-sessions", staff, json={"heldOn": "2026-11-03"}),
                             422, "max-dialogue-sessions")
    assert "2" in problem["detail"]
    rejected = api.post(f"/applications/{app_id}/rejection", staff, json={"reasons": ["Onvoldoende specialisme"]})
    assert rejected.status_code == 200 and rejected.json()["decisionReasons"] == ["Onvoldoende specialisme"]


def test_unauthenticated_and_wrong_role(api):
    assert_problem(api.client.get("/admission/api/v1/applications"), 401)
    assert_problem(api.get("/applications", api.issuer.headers("referrer")), 403, "role-missing")
    assert_problem(api.post("/intake-windows", api.staff("CG"),
                            json={"regionCode": "MIJOV", "opensOn": "2026-01-01", "closesOn": "2026-02-01"}), 403)
