"""Back-office subscriptions (VNG Notificaties API style): per municipality and channel, with a
callback URL and an Authorization value; deliveries are signed, logged and replayable."""
from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import select
from zorgregio.api.problems import NotFound, ProblemError
from zorgregio.security.principal import Principal

from monitor_service.adapters.orm import Delivery, Notification, Subscription
from monitor_service.api.deps import BackOffice, ReadSession, RuntimeDep
from monitor_service.api.schemas import (
    DeliveryPublic,
    ReplayPublic,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionPublic,
)
from monitor_service.service_layer.notify import queue_deliveries

router = APIRouter(tags=["subscriptions"])
ERRORS = {400: {"description": "Invalid input"}, 401: {"description": "Not signed in"},
          403: {"description": "Not a back office"}, 404: {"description": "No such subscription"}}


def _own(session, principal: Principal, subscription_id: uuid.UUID, lock: bool = False) -> Subscription:
    subscription = session.get(Subscription, subscription_id, with_for_update=lock)
    if subscription is None or not principal.may_act_for_municipality(subscription.municipality_code):
        raise NotFound("Dit abonnement bestaat niet (voor uw gemeente).", code="subscription-not-found")
    return subscription


@router.post("/subscriptions", response_model=SubscriptionCreated, status_code=201, responses=ERRORS)
def create_subscription(body: SubscriptionCreate, runtime: RuntimeDep, principal: BackOffice,
                        response: Response) -> SubscriptionCreated:
    """The secret for checking `X-Zorgregio-Signature` is in this answer only."""
    municipality = principal.municipality_code if not principal.is_admin else body.municipality_code
    if municipality is None:
        raise ProblemError.for_field("municipalityCode", "required", "Geef de gemeentecode op.")
    with runtime.uow() as uow:
        subscription = Subscription(id=uuid.uuid4(), municipality_code=municipality, channel=body.channel,
                                    callback_url=str(body.callback_url), auth=body.auth,
                                    secret=secrets.token_urlsafe(32), owner=principal.subject, status="active",
                                    consecutive_failures=0, created_at=datetime.now(UTC))
        uow.session.add(subscription)
        uow.commit()
    response.headers["Location"] = f"{runtime.settings.base_path}/subscriptions/{subscription.id}"
    return SubscriptionCreated.model_validate(subscription)


@router.get("/subscriptions", response_model=list[SubscriptionPublic], responses=ERRORS)
def list_subscriptions(session: ReadSession, principal: BackOffice) -> list[SubscriptionPublic]:
    query = select(Subscription).order_by(Subscription.created_at)
    if not principal.is_admin:
        query = query.where(Subscription.municipality_code == principal.municipality_code)
    return [SubscriptionPublic.model_validate(s) for s in session.scalars(query)]


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionPublic, responses=ERRORS)
def get_subscription(subscription_id: uuid.UUID, session: ReadSession, principal: BackOffice) -> SubscriptionPublic:
    return SubscriptionPublic.model_validate(_own(session, principal, subscription_id))


@router.delete("/subscriptions/{subscription_id}", status_code=204, responses=ERRORS)
def delete_subscription(subscription_id: uuid.UUID, runtime: RuntimeDep, principal: BackOffice) -> Response:
    with runtime.uow() as uow:
        subscription = _own(uow.session, principal, subscription_id, lock=True)
        uow.session.query(Delivery).filter(Delivery.subscription_id == subscription.id,
                                           Delivery.status == "pending").update({"status": "failed",
                                                                                 "last_error": "abonnement verwijderd"})
        uow.session.delete(subscription)
        uow.commit()
    return Response(status_code=204)


@router.get("/subscriptions/{subscription_id}/deliveries", response_model=list[DeliveryPublic], responses=ERRORS)
def list_deliveries(subscription_id: uuid.UUID, session: ReadSession, principal: BackOffice,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[DeliveryPublic]:
    """Newest first: status, attempts and the last error of each delivery."""
    _own(session, principal, subscription_id)
    rows = session.execute(select(Delivery, Notification.body).join(Notification,
                                                                     Notification.id == Delivery.notification_id)
                           .where(Delivery.subscription_id == subscription_id)
                           .order_by(Delivery.created_at.desc(), Delivery.id).limit(limit)).all()
    return [DeliveryPublic.model_validate({**{c: getattr(d, c) for c in DeliveryPublic.model_fields
                                              if c != "notification"}, "notification": body}) for d, body in rows]


@router.post("/subscriptions/{subscription_id}/replay", response_model=ReplayPublic, status_code=202,
             responses=ERRORS)
def replay(subscription_id: uuid.UUID, since: datetime, runtime: RuntimeDep, principal: BackOffice) -> ReplayPublic:
    """Queue every notification of this subscription's municipality and channel since `since` again."""
    with runtime.uow() as uow:
        subscription = _own(uow.session, principal, subscription_id)
        ids = uow.session.scalars(select(Notification.id).where(
            Notification.municipality_code == subscription.municipality_code,
            Notification.channel == subscription.channel, Notification.created_at >= since)
            .order_by(Notification.id)).all()
        for notification_id in ids:
            queue_deliveries(uow, notification_id, subscription.municipality_code, subscription.channel,  # type: ignore[arg-type]
                             subscription_id=subscription.id, replay=True)
        uow.commit()
    return ReplayPublic(queued=len(ids))


@router.post("/subscriptions/{subscription_id}/resume", response_model=SubscriptionPublic, responses=ERRORS)
def resume(subscription_id: uuid.UUID, runtime: RuntimeDep, principal: BackOffice) -> SubscriptionPublic:
    """Deliver again after a pause (queued deliveries go out, the failure count restarts)."""
    with runtime.uow() as uow:
        subscription = _own(uow.session, principal, subscription_id, lock=True)
        subscription.status, subscription.paused_reason, subscription.paused_at = "active", None, None
        subscription.consecutive_failures = 0
        uow.session.query(Delivery).filter(Delivery.subscription_id == subscription.id,
                                           Delivery.status == "pending").update(
            {"next_attempt_at": datetime.now(UTC)})
        uow.commit()
        return SubscriptionPublic.model_validate(subscription)
