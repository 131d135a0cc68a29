"""Answers a repeated public search straight from the search cache.

Resolving eleven declared query parameters is most of the cost of a cached search in
FastAPI, so this ASGI middleware, innermost (inside the conventions and CORS middleware, which
still add their headers and metrics), answers a GET of `/search` whose exact query string was
answered before and is still current. Anything else — a first question, a changed scope, a
bad parameter — goes to the route, which validates, renders and fills the cache under the
same key."""
from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from availability_service.adapters.search_cache import SearchCache

JSON_HEADERS = [(b"content-type", b"application/json")]


def cache_key(query_string: bytes) -> tuple[str, str | None, str | None]:
    """(key, municipality, productCode) of a raw query string; order of parameters does not matter."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    values = dict(pairs)
    return "&".join(f"{k}={v}" for k, v in sorted(pairs)), values.get("municipality"), values.get("productCode")


class CachedSearch:
    def __init__(self, app: ASGIApp, path: str, cache: SearchCache, route: Any = None) -> None:
        self.app = app
        self.path = path
        self.cache = cache
        self.route = route

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == self.path:
            key, municipality, product = cache_key(scope["query_string"])
            body = self.cache.get(key, self.cache.version(municipality, product))
            if body is not None:
                if self.route is not None:
                    scope["route"] = self.route  # for the request metrics
                _count_hit()
                await send({"type": "http.response.start", "status": 200,
                            "headers": [*JSON_HEADERS, (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def _count_hit() -> None:
    from availability_service.api.routes.search import HIT

    HIT.inc()
