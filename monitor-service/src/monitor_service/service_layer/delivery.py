"""The delivery worker: sends queued notifications to back offices, signed with the
subscription's secret (HMAC-SHA256 over the exact body), logs every attempt, retries with
exponential back-off and pauses a subscription that fails too often in a row."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from zorgregio.runtime import ServiceRuntime

from monitor_service.adapters.orm import (
    Delivery,
    DeliveryAttempt,
    Notification,
    Subscription,
)
from monitor_service.config import Settings

SIGNATURE_HEADER = "X-Zorgregio-Signature"


def encode_body(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


def sign(secret: str, payload: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


class DeliveryWorker:
    def __init__(self, runtime: ServiceRuntime, settings: Settings) -> None:
        self.runtime = runtime
        self.settings = settings
        self.client = httpx.Client(timeout=settings.delivery_timeout_seconds, follow_redirects=False)

    def run_until_idle(self, max_rounds: int = 50) -> int:
        total = 0
        for _ in range(max_rounds):
            sent = self.run_once()
            total += sent
            if not sent:
                break
        return total

    def run_once(self, limit: int = 20) -> int:
        now = datetime.now(UTC)
        with self.runtime.uow() as uow:
            rows = uow.session.execute(
                select(Delivery, Subscription, Notification.body)
                .join(Subscription, Subscription.id == Delivery.subscription_id)
                .join(Notification, Notification.id == Delivery.notification_id)
                .where(Delivery.status == "pending", Delivery.next_attempt_at <= now, Subscription.status == "active")
                .order_by(Delivery.next_attempt_at, Delivery.created_at).limit(limit)
                .with_for_update(of=Delivery, skip_locked=True)).all()
            for delivery, subscription, body in rows:
                if subscription.status == "active":
                    self._attempt(uow.session, delivery, subscription, body)
            uow.commit()
        return len(rows)

    def _attempt(self, session, delivery: Delivery, subscription: Subscription, body: dict[str, Any]) -> None:
        payload = encode_body(body)
        headers = {"Content-Type": "application/json", "Authorization": subscription.auth,
                   SIGNATURE_HEADER: sign(subscription.secret, payload), "X-Zorgregio-Delivery": str(delivery.id)}
        started = time.monotonic()
        status_code: int | None = None
        try:
            response = self.client.post(subscription.callback_url, content=payload, headers=headers)
            status_code = response.status_code
            error = None if 200 <= status_code < 300 else f"HTTP {status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        now = datetime.now(UTC)
        session.add(DeliveryAttempt(delivery_id=delivery.id, attempted_at=now, status_code=status_code, error=error,
                                    duration_ms=int((time.monotonic() - started) * 1000)))
        delivery.attempts += 1
        delivery.last_status_code, delivery.last_error = status_code, error
        if error is None:
            delivery.status, delivery.delivered_at = "delivered", now
            subscription.consecutive_failures = 0
            return
        subscription.consecutive_failures += 1
        if delivery.attempts >= self.settings.delivery_max_attempts:
            delivery.status = "failed"
        else:
            delay = min(self.settings.delivery_backoff_seconds * 2 ** (delivery.attempts - 1),
                        self.settings.delivery_backoff_max_seconds)
            delivery.next_attempt_at = now + timedelta(seconds=delay)
        if subscription.consecutive_failures >= self.settings.subscription_pause_after:
            subscription.status, subscription.paused_at = "paused", now
            subscription.paused_reason = (f"Gepauzeerd na {subscription.consecutive_failures} mislukte afleveringen "
                                          f"op rij; laatste fout: {error}")
