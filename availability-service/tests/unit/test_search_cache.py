"""The search cache drops only the answers a change can affect."""
from __future__ import annotations

from availability_service.adapters.search_cache import (
    SearchCache,
    notify_payload,
    parse_payload,
    scopes,
)


def test_invalidation_follows_municipality_and_product():
    cache = SearchCache()
    questions = {"m1": ("0355", None), "m2": ("0312", None), "p1": (None, "45A10"), "p2": (None, "41A05"),
                 "m1p2": ("0355", "41A05"), "m2p2": ("0312", "41A05"), "any": (None, None)}
    for key, (municipality, product) in questions.items():
        cache.put(key, cache.version(municipality, product), key.encode())
    cache.invalidate(scopes({"0355"}, {"45A10"}))
    still = {key for key, scope in questions.items() if cache.get(key, cache.version(*scope))}
    assert still == {"m2", "p2", "m2p2"}
    cache.invalidate()
    assert cache.get("m2", cache.version("0312", None)) is None


def test_expensive_counts_are_served_while_recounted():
    cache = SearchCache()
    cache.EXPENSIVE_SECONDS = 0.0
    assert cache.facets("k", cache.version(None, None), lambda: 1, lambda: 99) == 1
    cache.invalidate(scopes({"0355"}, set()))
    assert cache.facets("k", cache.version(None, None), lambda: 2, lambda: 99) == 1  # previous, recount scheduled
    cache._pool.shutdown(wait=True)
    assert cache.facets("k", cache.version(None, None), lambda: 3, lambda: 99) == 99


def test_notify_payload_round_trip():
    changed = scopes({"0355", "0312"}, {"45A10"})
    assert parse_payload(notify_payload(changed)) == changed
    assert parse_payload(notify_payload(None)) is None
