"""A cache of rendered public search answers, invalidated per municipality and product.

Search is public and identical for everyone, so one rendered answer serves every referrer
asking the same question until the data changes. A search for a municipality depends only on
rows contracted there, and a search for a product only on that product's rows; so every unit
of work that rewrites search rows bumps the generation of just the municipalities and products
of those rows (old and new), and of "any" (searches with neither filter): after commit in this
instance, and through a NOTIFY in the others, whose listener does the same. Answers also expire after
`ttl` seconds (five minutes), because the `stale` flag moves with the clock: it may show up to
five minutes late on a 14-day period.

Facet counts are cached separately, per filter set. The page of items is always read fresh
after a change; counts that were expensive to compute (a nationwide search counts half a
million rows) are served from before the change while one background thread recounts them,
so a provider's update never makes referrers wait for a national recount. Cheap counts are
recomputed inline and are always exact."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import psycopg

NOTIFY_CHANNEL = "availability_search"
ANY = "*"
EVERYTHING = None  # invalidate all scopes
Version = tuple[int, int, int, int]


def scopes(municipalities: Iterable[str], products: Iterable[str]) -> set[str]:
    """The generation keys a change to rows in these municipalities and products bumps."""
    return {f"m:{code}" for code in municipalities} | {f"p:{code}" for code in products}


class SearchCache:
    EXPENSIVE_SECONDS = 0.005

    def __init__(self, max_items: int = 20_000, ttl: float = 300.0) -> None:
        self._epoch = 0
        self._generations: defaultdict[str, int] = defaultdict(int)
        self._items: OrderedDict[str, tuple[Version, float, bytes]] = OrderedDict()
        self._facets: OrderedDict[str, tuple[Version, float, Any]] = OrderedDict()
        self._recounting: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None
        self._max = max_items
        self._ttl = ttl
        self._lock = threading.Lock()

    def version(self, municipality: str | None, product: str | None) -> Version:
        """What an answer filtered on this municipality and/or product depends on."""
        g = self._generations
        return (self._epoch, g[f"m:{municipality}"] if municipality else 0, g[f"p:{product}"] if product else 0,
                g[ANY] if municipality is None and product is None else 0)

    def get(self, key: str, version: Version) -> bytes | None:
        item = self._items.get(key)
        if item is None or item[0] != version or item[1] < time.monotonic():
            return None
        return item[2]

    def put(self, key: str, version: Version, body: bytes) -> None:
        with self._lock:
            self._items[key] = (version, time.monotonic() + self._ttl, body)
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def invalidate(self, changed: Iterable[str] | None = EVERYTHING) -> None:
        """`changed`: keys from `scopes(...)`; None: everything."""
        with self._lock:
            if changed is EVERYTHING:
                self._epoch += 1
                return
            for key in changed:
                self._generations[key] += 1
            self._generations[ANY] += 1

    # facet counts ----------------------------------------------------------------------
    def facets(self, key: str, version: Version, compute: Callable[[], Any], recount: Callable[[], Any]) -> Any:
        """Counts for `key`: current ones; or, when they were expensive, the previous ones while
        `recount` runs in the background; or computed now with `compute`."""
        cached = self._facets.get(key)
        if cached is not None and cached[0] == version:
            return cached[2]
        if cached is not None and cached[1] >= self.EXPENSIVE_SECONDS:
            self._recount_later(key, version, recount)
            return cached[2]
        return self._store(key, version, compute)

    def _store(self, key: str, version: Version, compute: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        value = compute()
        with self._lock:
            self._facets[key] = (version, time.perf_counter() - started, value)
            while len(self._facets) > self._max:
                self._facets.popitem(last=False)
        return value

    def _recount_later(self, key: str, version: Version, recount: Callable[[], Any]) -> None:
        with self._lock:
            if key in self._recounting:
                return
            self._recounting.add(key)
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="facet-recount")

        def run() -> None:
            try:
                self._store(key, version, recount)
            finally:
                with self._lock:
                    self._recounting.discard(key)

        self._pool.submit(run)


_CACHES: dict[str, SearchCache] = {}
_LOCK = threading.Lock()


def cache_for(database_url: str) -> SearchCache:
    """One cache per database (a process may run several services in tests)."""
    with _LOCK:
        return _CACHES.setdefault(database_url, SearchCache())


def notify_payload(changed: set[str] | None) -> str:
    """What a NOTIFY says changed: scope keys, or `*` for everything (payloads must stay small)."""
    if changed is EVERYTHING:
        return ANY
    payload = ",".join(sorted(changed))
    return payload if len(payload) < 7000 else ANY


def parse_payload(payload: str) -> set[str] | None:
    return EVERYTHING if payload == ANY else {key for key in payload.split(",") if key}


class InvalidationListener:
    """LISTENs for other instances' changes; `wait_once` blocks up to `timeout` seconds."""

    def __init__(self, libpq_url: str, cache: SearchCache, timeout: float = 1.0) -> None:
        self._url = libpq_url
        self._cache = cache
        self._timeout = timeout
        self._conn: psycopg.Connection | None = None

    def wait_once(self) -> None:
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(self._url, autocommit=True)
                self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                self._cache.invalidate()  # anything may have changed while we did not listen
            for notice in self._conn.notifies(timeout=self._timeout):
                self._cache.invalidate(parse_payload(notice.payload))
        except psycopg.Error:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            time.sleep(self._timeout)
            raise
