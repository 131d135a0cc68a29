"""One ASGI middleware for what every answer needs: the API-Version header, the correlation
id (taken from `X-Correlation-ID` or made), and request metrics by route template."""
from __future__ import annotations

import time

from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zorgregio.correlation import new_correlation_id, set_correlation_id

REQUESTS = Counter("zorgregio_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("zorgregio_http_request_duration_seconds", "HTTP request latency", ["method", "route"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5))


class ConventionsMiddleware:
    def __init__(self, app: ASGIApp, api_version: str) -> None:
        self.app = app
        self.api_version = api_version.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        correlation_id = headers.get(b"x-correlation-id", b"").decode()[:100] or new_correlation_id()
        set_correlation_id(correlation_id)
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"api-version", self.api_version),
                                      (b"x-correlation-id", correlation_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", "unmatched")
            LATENCY.labels(scope["method"], template).observe(time.perf_counter() - started)
            REQUESTS.labels(scope["method"], template, str(status)).inc()
