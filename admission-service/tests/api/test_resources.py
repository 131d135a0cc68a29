"""Providers, requirements, windows and application lists: shapes, scoping, idempotency."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

from conftest import API, assert_problem
from sqlalchemy import event


def test_provider_with_subcontractor_and_scoping(api):
    main_id = api.new_provider("Hoofdaannemer Test")
    sub_id = api.new_provider("Onderaannemer Test", mainContractorId=str(main_id))
    main = api.get(f"/providers/{main_id}", api.provider(main_id))
    assert main.status_code == 200 and main.headers["api-version"] == "1.0.0"
    assert main.json()["subcontractorIds"] == [str(sub_id)]
    assert api.get(f"/providers/{sub_id}", api.staff("NV", "region_analyst")).json()["mainContractorId"] == str(main_id)
    # a subcontractor cannot be a main contractor; a provider changes only itself
    third = uuid.uuid4()
    refused = api.post("/providers", api.provider(third), json={"name": "Derde", "kvkNumber": "11112222",
                                                                 "agbCode": "11112222", "mainContractorId": str(sub_id)})
    assert_problem(refused, 422, "main-contractor-is-subcontractor")
    changed = api.client.patch(f"{API}/providers/{main_id}", headers=api.provider(main_id),
                               json={"publicContact": {"phone": "055-1234567", "city": "Deventer"}})
    assert changed.status_code == 200 and changed.json()["publicContact"]["city"] == "Deventer"
    assert_problem(api.client.patch(f"{API}/providers/{main_id}", headers=api.provider(sub_id), json={"name": "x"}),
                   403, "other-provider")
    assert_problem(api.client.patch(f"{API}/providers/{main_id}", headers=api.provider(main_id),
                                    json={"kvkNumber": "123"}), 400, "invalid-params")
    listed = api.get("/providers", api.provider(sub_id)).json()["items"]
    assert [p["id"] for p in listed] == [str(sub_id)]


def test_a_page_of_providers_costs_the_same_few_queries_however_many_it_holds(api):
    mains = [api.new_provider(f"Paginatest {n}") for n in range(6)]
    for main_id in mains:
        api.new_provider(f"Paginatest {main_id.hex[:4]} onder", mainContractorId=str(main_id))
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    engine = api.svc.runtime.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        listed = api.get("/providers?limit=200", api.staff("MIJOV", "region_analyst")).json()["items"]
    finally:
        event.remove(engine, "before_cursor_execute", count)
    by_id = {p["id"]: p for p in listed}
    assert all(len(by_id[str(m)]["subcontractorIds"]) == 1 for m in mains)
    assert len(listed) >= 12 and len(statements) <= 3  # the page and the subcontractors, not one query per provider


def test_duplicate_kvk_is_conflict(api):
    first = api.new_provider()
    kvk = api.get(f"/providers/{first}", api.provider(first)).json()["kvkNumber"]
    other = uuid.uuid4()
    assert_problem(api.post("/providers", api.provider(other), json={"name": "Kopie", "kvkNumber": kvk,
                                                                      "agbCode": "12345678"}), 409, "kvk-number-taken")


def test_requirements_read_by_everyone_managed_by_region_staff(api, requirements):
    listed = api.get("/requirements?regionCode=MIJOV", api.issuer.headers("referrer")).json()
    assert {"T-KVK", "T-VOG", "T-BEH-BIG"} <= {r["code"] for r in listed}
    body = {"regionCode": "MIJOV", "code": "T-X", "title": "x", "layer": "general", "evidenceType": "insurance"}
    assert_problem(api.post("/requirements", api.provider(uuid.uuid4()), json=body), 403, "role-missing")
    assert_problem(api.post("/requirements", api.staff("CG"), json=body), 403, "other-region")
    assert_problem(api.post("/requirements", api.staff("MIJOV"), json={**body, "evidenceType": "selfie"}), 400)
    assert_problem(api.post("/requirements", api.staff("MIJOV"), json={**body, "scope": "Behandeling"}), 422,
                   "requirement-scope")
    assert_problem(api.post("/requirements", api.staff("MIJOV"), json={**body, "code": "T-KVK"}), 409)


def test_windows_listed_with_open_now(api):
    api.open_window("MIJOV")
    windows = api.get("/intake-windows?regionCode=MIJOV", api.provider(uuid.uuid4())).json()
    assert windows and any(w["openNow"] for w in windows)
    assert_problem(api.post("/intake-windows", api.staff("MIJOV"),
                            json={"regionCode": "MIJOV", "opensOn": "2026-05-01", "closesOn": "2026-04-01"}), 422,
                   "window-dates")
    assert_problem(api.post("/intake-windows", api.staff("MIJOV"),
                            json={"regionCode": "MIJOV", "opensOn": "2026-05-01", "closesOn": "2026-06-01",
                                  "kind": "interim"}), 422, "window-product-group")


def test_a_region_opens_at_most_its_regular_windows_a_year_and_interim_ones_besides(api):
    api.open_window("MIJOV")  # MIJOV: entry during the contract term at most once a year
    staff, year = api.staff("MIJOV"), date.today().year
    second = {"regionCode": "MIJOV", "opensOn": f"{year}-12-01", "closesOn": f"{year}-12-15", "name": "Tweede"}
    problem = assert_problem(api.post("/intake-windows", staff, json=second), 422, "regular-windows-per-year")
    assert problem["invalidParams"][0]["name"] == "opensOn"
    interim = {**second, "kind": "interim", "productGroup": "Behandeling"}
    assert api.post("/intake-windows", staff, json=interim).status_code == 201  # a group short of supply
    next_year = {**second, "opensOn": f"{year + 1}-09-01", "closesOn": f"{year + 1}-10-31"}
    assert api.post("/intake-windows", staff, json=next_year).status_code == 201
    other_region = {**second, "regionCode": "CG"}
    assert api.post("/intake-windows", api.staff("CG"), json=other_region).status_code == 201  # CG has no cap


def test_application_idempotency_list_and_scope(api, requirements):
    api.open_window("MIJOV")
    provider_id = api.new_provider()
    body = {"regionCode": "MIJOV", "productGroups": ["Behandeling"], "municipalityCodes": ["0200", "0301"]}
    headers = {**api.provider(provider_id), "Idempotency-Key": str(uuid.uuid4())}
    first = api.post("/applications", headers, json=body)
    again = api.post("/applications", headers, json=body)
    assert first.status_code == again.status_code == 201 and first.json()["id"] == again.json()["id"]
    assert {r["code"] for r in first.json()["requirements"]} == {"T-KVK", "T-VOG", "T-BEH-BIG"}
    for _ in range(2):
        api.apply(provider_id, "MIJOV", ["0232"], products=["45A01"])
    page = api.get("/applications?limit=2", api.provider(provider_id)).json()
    rest = api.get(f"/applications?limit=2&cursor={page['nextCursor']}", api.provider(provider_id)).json()
    ids = [a["id"] for a in page["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 3 and first.json()["id"] in ids
    region_list = api.get("/applications?status=submitted", api.staff("MIJOV")).json()["items"]
    assert all(a["regionCode"] == "MIJOV" for a in region_list)
    assert not [a for a in api.get("/applications", api.staff("ZOU")).json()["items"] if a["regionCode"] == "MIJOV"]
    assert_problem(api.get(f"/applications/{uuid.uuid4()}", api.staff("MIJOV")), 404)
    assert_problem(api.apply(provider_id, "MIJOV", ["0202"], products=["45A01"]), 422, "municipality-not-in-region")
    assert_problem(api.apply(provider_id, "XX", ["0202"], products=["45A01"]), 422, "unknown-region")
    assert_problem(api.apply(provider_id, "MIJOV", ["0200"], products=["99Z99"]), 422, "unknown-product")


def test_openapi_document(api):
    document = api.client.get(f"{API}/openapi.json").json()
    assert "/admission/api/v1/applications/{application_id}/evidence" in document["paths"]


def test_window_and_closed_group_retried_under_one_idempotency_key_are_made_once(api):
    staff = {**api.staff("ZOU", "region_contract_manager"), "Idempotency-Key": str(uuid.uuid4())}
    opens = date.today() + timedelta(days=90)
    body = {"regionCode": "ZOU", "opensOn": opens.isoformat(), "closesOn": (opens + timedelta(days=30)).isoformat(),
            "name": "Herhaald verzoek"}
    first, again = (api.post("/intake-windows", staff, json=body) for _ in range(2))
    assert first.status_code == again.status_code == 201 and first.json()["id"] == again.json()["id"]
    windows = api.get("/intake-windows?regionCode=ZOU", staff).json()
    assert [w["name"] for w in windows].count("Herhaald verzoek") == 1
    assert_problem(api.post("/intake-windows", staff, json={**body, "name": "Ander verzoek"}), 422,
                   "idempotency-key-reused")  # the key belongs to the first request
    closing = {"regionCode": "ZOU", "municipalityCode": "0312", "productGroup": "Respijtopvang jeugd",
               "closedOn": date.today().isoformat(), "reason": "Voldoende aanbod"}
    staff["Idempotency-Key"] = str(uuid.uuid4())
    first, again = (api.post("/closed-product-groups", staff, json=closing) for _ in range(2))
    assert first.status_code == again.status_code == 201 and first.json()["id"] == again.json()["id"]


def test_reopen_group_delete_window_and_deactivate_requirement(api, requirements):
    staff = api.staff("CG")
    closed = api.post("/closed-product-groups", staff,
                      json={"regionCode": "CG", "municipalityCode": "0289", "productGroup": "Respijtopvang jeugd",
                            "closedOn": "2026-11-01", "reason": "Voldoende aanbod"}).json()
    assert_problem(api.post("/closed-product-groups", staff,
                            json={"regionCode": "CG", "municipalityCode": "0200", "productGroup": "Behandeling",
                                  "closedOn": "2026-11-01", "reason": "x"}), 422, "municipality-not-in-region")
    assert api.client.delete(f"{API}/closed-product-groups/{closed['id']}?regionCode=CG", headers=staff).status_code == 204
    assert closed["id"] not in [c["id"] for c in api.get("/closed-product-groups?regionCode=CG", staff).json()]
    past = api.post("/intake-windows", staff, json={"regionCode": "CG", "opensOn": "2025-01-01",
                                                    "closesOn": "2025-02-01"}).json()
    assert_problem(api.client.delete(f"{API}/intake-windows/{past['id']}?regionCode=CG", headers=staff), 422,
                   "window-already-opened")  # it is part of the applications' history
    opens = date.today() + timedelta(days=60)
    window = api.post("/intake-windows", staff, json={"regionCode": "CG", "opensOn": opens.isoformat(),
                                                      "closesOn": (opens + timedelta(days=30)).isoformat()}).json()
    assert_problem(api.client.delete(f"{API}/intake-windows/{window['id']}?regionCode=MIJOV", headers=staff), 403)
    assert api.client.delete(f"{API}/intake-windows/{window['id']}?regionCode=CG", headers=staff).status_code == 204
    assert window["id"] not in [w["id"] for w in api.get("/intake-windows?regionCode=CG", staff).json()]
    requirement = api.post("/requirements", staff, json={"regionCode": "CG", "code": "T-TIJDELIJK", "title": "x",
                                                         "layer": "general", "evidenceType": "insurance"}).json()
    changed = api.client.patch(f"{API}/requirements/{requirement['id']}", headers=staff, json={"active": False})
    assert changed.status_code == 200 and changed.json()["active"] is False
    assert "T-TIJDELIJK" not in {r["code"] for r in api.get("/requirements?regionCode=CG", staff).json()}


def test_region_rules_and_subcontractors_refused_where_the_region_says_so(api):
    rules = api.get("/regions/MIJOV/admission-rules", api.provider(uuid.uuid4())).json()
    assert rules["maxDialogueSessions"] == 4 and "0200" in rules["municipalityCodes"]
    assert rules["productGroups"]["Behandeling"] == ["45A10", "45A48"]
    assert_problem(api.get("/regions/XX/admission-rules", api.provider(uuid.uuid4())), 422, "unknown-region")
    # ZOU only ever has interim windows in these tests (see test_refusals.test_interim_window_admits_only_its_group)
    api.open_window("ZOU", kind="interim", productGroup="Verblijf/Wonen")
    main_id = api.new_provider()
    sub_id = api.new_provider(mainContractorId=str(main_id))
    assert_problem(api.apply(sub_id, "ZOU", ["0355"], products=["43A20"]), 422, "subcontractors-not-allowed")
    assert api.apply(main_id, "ZOU", ["0355"], products=["43A20"]).status_code == 201
