"""Notifications to back offices, in the manner of the VNG Notificaties API: one notification
per event, municipality and channel, queued in the database for every subscription (the
delivery worker sends them). The body carries no personal data."""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from monitor_service.adapters.orm import Delivery, Notification, Subscription
from monitor_service.service_layer.unit_of_work import MonitorUnitOfWork

CHANNELS = ("allocations", "contracts", "availability", "signals")


def action_of(event_type: str) -> str:
    """`nl.zorgregio.allocation.issued.v1` → `issued`."""
    return event_type.split(".")[-2]


def notification_body(channel: str, resource: str, resource_url: str, main_url: str, action: str,
                      created: datetime, municipality_code: str, **features: Any) -> dict[str, Any]:
    return {
        "kanaal": channel, "hoofdObject": main_url, "resource": resource, "resourceUrl": resource_url,
        "actie": action, "aanmaakdatum": created.astimezone(UTC).isoformat(),
        "kenmerken": {"gemeentecode": municipality_code,
                      **{k: str(v) for k, v in features.items() if v is not None}},
    }


def enqueue(uow: MonitorUnitOfWork, *, event_id: str, channel: str, municipality_codes: Iterable[str],
            build: Any) -> None:
    """Buffer one notification per municipality (`build(code)` gives the body); at commit it is
    stored and queued for every subscription of that municipality and channel."""
    if uow.replaying:
        return
    for code in sorted(set(municipality_codes)):
        uow.notifications.append({"event_id": event_id, "channel": channel, "municipality_code": code,
                                  "build": build})


def flush_notifications(uow: MonitorUnitOfWork) -> None:
    """Store the buffered notifications that someone subscribed to, and queue their deliveries.
    Only subscribed notifications are kept (replay covers the time since subscribing)."""
    pending, uow.notifications = uow.notifications, []
    if not pending:
        return
    targets: dict[tuple[str, str], list[uuid.UUID]] = defaultdict(list)
    for sub_id, municipality, channel in uow.session.execute(
            select(Subscription.id, Subscription.municipality_code, Subscription.channel)):
        targets[(municipality, channel)].append(sub_id)
    rows = []
    for n in pending:  # bodies are built only for what someone subscribed to
        if (n["municipality_code"], n["channel"]) in targets:
            body = n["build"](n["municipality_code"])
            rows.append({"event_id": n["event_id"], "channel": n["channel"], "municipality_code": n["municipality_code"],
                         "body": body, "created_at": datetime.fromisoformat(body["aanmaakdatum"])})
    if not rows:
        return
    stored = uow.session.execute(pg_insert(Notification).values(rows).on_conflict_do_nothing().returning(
        Notification.id, Notification.municipality_code, Notification.channel)).all()
    now = datetime.now(UTC)
    deliveries = [{"id": uuid.uuid4(), "subscription_id": sub_id, "notification_id": n.id, "replay": False, "status": "pending",
                       "attempts": 0, "next_attempt_at": now, "created_at": now}
                  for n in stored for sub_id in targets[(n.municipality_code, n.channel)]]
    if deliveries:
        uow.session.execute(pg_insert(Delivery).values(deliveries).on_conflict_do_nothing())


def queue_deliveries(uow: MonitorUnitOfWork, notification_id: int, municipality_code: str, channel: str,
                     subscription_id: uuid.UUID | None = None, replay: bool = False) -> int:
    now = datetime.now(UTC)
    subscriptions = select(Subscription.id).where(Subscription.municipality_code == municipality_code,
                                                  Subscription.channel == channel)
    if subscription_id is not None:
        subscriptions = subscriptions.where(Subscription.id == subscription_id)
    ids = uow.session.scalars(subscriptions).all()
    for sub_id in ids:
        uow.session.execute(pg_insert(Delivery).values(
            id=uuid.uuid4(), subscription_id=sub_id, notification_id=notification_id, replay=replay,
            status="pending", attempts=0, next_attempt_at=now, created_at=now).on_conflict_do_nothing())
    return len(ids)



