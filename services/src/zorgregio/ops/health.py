"""`/health` (the process lives), `/ready` (database and broker reachable), `/metrics`."""
from __future__ import annotations

import time

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from zorgregio.api.problems import ProblemError
from zorgregio.messaging.kafka import broker_reachable

router = APIRouter(tags=["operations"])
_BROKER_CHECK_TTL = 5.0


@router.get("/health", summary="Liveness")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready", summary="Readiness: database and broker reachable",
            responses={503: {"description": "Not ready", "content": {"application/problem+json": {}}}})
def ready(request: Request) -> dict[str, str]:
    runtime = request.app.state.runtime
    checks = {"database": "ok", "broker": "ok"}
    try:
        with runtime.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001
        checks["database"] = "unreachable"
    cached = getattr(request.app.state, "broker_check", (0.0, False))
    if time.monotonic() - cached[0] > _BROKER_CHECK_TTL:
        cached = (time.monotonic(), broker_reachable(runtime.settings))
        request.app.state.broker_check = cached
    if not cached[1]:
        checks["broker"] = "unreachable"
    if any(value != "ok" for value in checks.values()):
        raise ProblemError(", ".join(f"{k}: {v}" for k, v in checks.items()), status=503, code="not-ready",
                           title="Niet gereed")
    return checks


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
