"""Repositories of providers, requirements, intake windows and closed product groups:
rows in, domain objects out."""
from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from admission_service.adapters.orm import (
    ClosedProductGroupRow,
    IntakeWindowRow,
    ProviderRow,
    RequirementRow,
)
from admission_service.domain.model import (
    Actor,
    ClosedProductGroup,
    EvidenceType,
    IntakeWindow,
    Layer,
    Provider,
    Requirement,
    WindowKind,
)

_PROVIDER_FIELDS = ("name", "kvk_number", "agb_code", "addresses", "contacts", "public_contact", "main_contractor_id")


class ProviderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, provider_id: UUID) -> Provider | None:
        row = self.session.get(ProviderRow, provider_id)
        return None if row is None else Provider(row.id, **{f: getattr(row, f) for f in _PROVIDER_FIELDS})

    def kvk_taken(self, kvk_number: str, other_than: UUID | None = None) -> bool:
        query = select(ProviderRow.id).where(ProviderRow.kvk_number == kvk_number)
        return any(found != other_than for found in self.session.scalars(query))

    def add(self, provider: Provider, actor: Actor) -> None:
        self.session.add(ProviderRow(id=provider.id, created_by=actor.subject,
                                     **{f: getattr(provider, f) for f in _PROVIDER_FIELDS}))
        self.session.flush()

    def save(self, provider: Provider, actor: Actor, at: datetime) -> None:
        row = self.session.get(ProviderRow, provider.id, with_for_update=True)
        for name in _PROVIDER_FIELDS:
            setattr(row, name, getattr(provider, name))
        row.updated_by, row.updated_at = actor.subject, at


class RequirementRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_region(self, region_code: str) -> list[Requirement]:
        rows = self.session.scalars(select(RequirementRow).where(RequirementRow.region_code == region_code)
                                    .order_by(RequirementRow.code))
        return [self._domain(row) for row in rows]

    def get(self, requirement_id: UUID) -> Requirement | None:
        row = self.session.get(RequirementRow, requirement_id)
        return None if row is None else self._domain(row)

    def by_code(self, region_code: str, code: str) -> Requirement | None:
        return next((r for r in self.for_region(region_code) if r.code == code), None)

    def save(self, requirement: Requirement, actor: Actor) -> None:
        row = self.session.get(RequirementRow, requirement.id) or RequirementRow(id=requirement.id)
        for name in ("region_code", "code", "title", "description", "scope", "expires", "active"):
            setattr(row, name, getattr(requirement, name))
        row.layer, row.evidence_type = requirement.layer.value, requirement.evidence_type.value
        row.changed_by, row.changed_at = actor.subject, datetime.now().astimezone()
        self.session.add(row)
        self.session.flush()

    @staticmethod
    def _domain(row: RequirementRow) -> Requirement:
        return Requirement(row.id, row.region_code, row.code, row.title, Layer(row.layer),
                           EvidenceType(row.evidence_type), row.expires, row.scope, row.description, row.active)


class WindowRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_region(self, region_code: str) -> list[IntakeWindow]:
        rows = self.session.scalars(select(IntakeWindowRow).where(IntakeWindowRow.region_code == region_code)
                                    .order_by(IntakeWindowRow.opens_on))
        return [IntakeWindow(r.id, r.region_code, r.opens_on, r.closes_on, WindowKind(r.kind), r.product_group, r.name)
                for r in rows]

    def add(self, window: IntakeWindow, actor: Actor) -> None:
        self.session.add(IntakeWindowRow(id=window.id, region_code=window.region_code, name=window.name,
                                         opens_on=window.opens_on, closes_on=window.closes_on, kind=window.kind.value,
                                         product_group=window.product_group, created_by=actor.subject))
        self.session.flush()

    def delete(self, window_id: UUID) -> bool:
        return self.session.execute(delete(IntakeWindowRow).where(IntakeWindowRow.id == window_id)).rowcount > 0

    def closed_groups(self, region_code: str) -> list[ClosedProductGroup]:
        rows = self.session.scalars(select(ClosedProductGroupRow)
                                    .where(ClosedProductGroupRow.region_code == region_code))
        return [ClosedProductGroup(r.id, r.region_code, r.municipality_code, r.product_group, r.closed_on, r.reason)
                for r in rows]

    def close_group(self, closed: ClosedProductGroup, actor: Actor) -> None:
        self.session.add(ClosedProductGroupRow(id=closed.id, region_code=closed.region_code,
                                               municipality_code=closed.municipality_code,
                                               product_group=closed.product_group, closed_on=closed.closed_on,
                                               reason=closed.reason, created_by=actor.subject))
        self.session.flush()

    def reopen_group(self, closed_id: UUID) -> bool:
        return self.session.execute(delete(ClosedProductGroupRow)
                                    .where(ClosedProductGroupRow.id == closed_id)).rowcount > 0
