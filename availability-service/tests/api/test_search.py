"""Public search: the contract the web app is built against, filters, facets, paging."""
from __future__ import annotations

from availability_service.api.schemas import (
    ProviderPublic,
    SearchResponse,
    Vocabularies,
)
from conftest import entries_of, report, search


def _reported(svc, issuer, provider, **changes):
    entry_id = entries_of(svc, provider.id)[0]["entryId"]
    response = svc.client.put(svc.api(f"/providers/{provider.id}/entries/{entry_id}"), json=report(**changes),
                              headers=provider.headers(issuer))
    assert response.status_code == 200, response.text
    return entry_id


def test_search_contract_filters_sort_and_facets(svc, contracted, issuer):
    tag = "Zoektest"
    fast = contracted(products=("45A10",), name=f"{tag} Snel")
    slow = contracted(products=("45A10",), name=f"{tag} Traag", municipalities=("0355",))
    unknown = contracted(products=("45A10",), name=f"{tag} Onbekend")
    fast_id = _reported(svc, issuer, fast, intakeWaitWeeks=1, specialisms=["autisme"], ageMin=12, ageMax=18)
    slow_id = _reported(svc, issuer, slow, intakeWaitWeeks=9, specialisms=["trauma"], acceptingNewClients=False)
    unknown_id = entries_of(svc, unknown.id)[0]["entryId"]

    body = search(svc, q=tag.lower())
    SearchResponse.model_validate(body)
    assert set(body) == {"items", "facets", "total", "nextCursor"}
    assert set(body["facets"]) == {"category", "productGroup", "specialism", "acceptingNow", "municipality"}
    assert [i["entryId"] for i in body["items"]] == [fast_id, slow_id, unknown_id]  # wait, nulls last
    assert body["total"] == 3 and body["nextCursor"] is None
    facets = {name: {f["value"]: f["count"] for f in values} for name, values in body["facets"].items()}
    assert facets["acceptingNow"] == {"true": 1, "false": 2}
    assert facets["specialism"] == {"autisme": 1, "trauma": 1}
    assert facets["municipality"]["0355"] == 3 and facets["municipality"]["0312"] == 2
    assert body["facets"]["category"][0] == {"value": "45", "label": "Jeugdhulp ambulant", "count": 3}
    item = body["items"][0]
    assert item["measuredWait"]["suppressed"] is True and item["stale"] is False
    assert item["bridgingCare"] == {"offered": True, "description": "Telefonisch contact elke week"}

    assert [i["entryId"] for i in search(svc, q=tag, municipality="0312")["items"]] == [fast_id, unknown_id]
    assert [i["entryId"] for i in search(svc, q=tag, age=8)["items"]] == [slow_id, unknown_id]
    assert [i["entryId"] for i in search(svc, q=tag, specialism="autisme")["items"]] == [fast_id]
    assert [i["entryId"] for i in search(svc, q=tag, acceptingNow="true")["items"]] == [fast_id]
    assert [i["entryId"] for i in search(svc, q=tag, category="45", productCode="45A10",
                                         productGroup="Behandeling")["items"]] == [fast_id, slow_id, unknown_id]
    assert search(svc, q=tag, category="43")["total"] == 0
    assert [i["entryId"] for i in search(svc, q=tag, sort="name")["items"]] == [unknown_id, fast_id, slow_id]
    assert [i["entryId"] for i in search(svc, q=tag, sort="freshness")["items"]][-1] == unknown_id

    first = search(svc, q=tag, limit=2)
    assert len(first["items"]) == 2 and first["nextCursor"]
    second = search(svc, q=tag, limit=2, cursor=first["nextCursor"])
    assert [i["entryId"] for i in second["items"]] == [unknown_id] and second["nextCursor"] is None
    by_name = search(svc, q=tag, limit=1, sort="name")
    response = svc.client.get(svc.api("/search"), params={"q": tag, "sort": "wait", "cursor": by_name["nextCursor"]})
    assert response.status_code == 400 and response.json()["invalidParams"][0]["name"] == "cursor"


def test_bad_search_parameters_are_problems(svc):
    for params, name in [({"age": 30}, "age"), ({"municipality": "abc"}, "municipality"), ({"limit": 0}, "limit"),
                         ({"sort": "price"}, "sort"), ({"category": "4"}, "category"), ({"cursor": "!!"}, "cursor")]:
        response = svc.client.get(svc.api("/search"), params=params)
        assert response.status_code == 400, (params, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["invalidParams"][0]["name"] == name


def test_provider_detail_and_vocabularies(svc, contracted, issuer):
    provider = contracted(products=("45A10", "45A48"))
    detail = svc.client.get(svc.api(f"/providers/{provider.id}"))
    assert detail.status_code == 200
    body = ProviderPublic.model_validate(detail.json())
    assert body.contact.phone == "030-1234567" and len(body.entries) == 2
    assert svc.client.get(svc.api("/providers/00000000-0000-0000-0000-000000000000")).status_code == 404

    vocab = Vocabularies.model_validate(svc.client.get(svc.api("/vocabularies")).json())
    codes = {s.code for s in vocab.specialisms}
    assert {"hechtingsproblematiek", "complexe-scheiding", "trauma", "lvb", "autisme", "eetstoornissen",
            "uitstroom-verblijf-16-23"} <= codes
    assert {"45A10", "46A01"} <= {p.code for p in vocab.products}
    assert any(c.code == "45" for c in vocab.categories)


def test_a_repeated_search_is_answered_from_the_cache_with_the_usual_headers(svc):
    params = {"category": "45", "municipality": "0355", "limit": "5"}
    origin = {"Origin": "http://localhost:5173"}
    first = svc.client.get(svc.api("/search"), params=params, headers=origin)
    reordered = svc.client.get(svc.api("/search") + "?limit=5&municipality=0355&category=45", headers=origin)
    assert first.status_code == reordered.status_code == 200
    assert reordered.content == first.content
    for response in (first, reordered):
        assert response.headers["api-version"] == "1.0.0"
        assert response.headers["x-correlation-id"]
        assert response.headers["access-control-allow-origin"] == "http://localhost:5173"
        assert response.headers["content-type"] == "application/json"
    metrics = svc.client.get("/metrics").text
    assert 'availability_search_cache_total{result="hit"}' in metrics
