"""Repository of enforcement measures and of the signals received from other contexts."""
from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from admission_service.adapters.orm import EnforcementRow, SignalRow
from admission_service.domain.enforcement import Enforcement, EnforcementKind
from admission_service.domain.model import Actor


class EnforcementRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, enforcement_id: UUID, *, lock: bool = False) -> Enforcement | None:
        row = self.session.get(EnforcementRow, enforcement_id, with_for_update=lock)
        return None if row is None else self._domain(row)

    def for_provider(self, provider_id: UUID, region_code: str) -> list[Enforcement]:
        rows = self.session.scalars(select(EnforcementRow).where(EnforcementRow.provider_id == provider_id,
                                                                 EnforcementRow.region_code == region_code))
        return [self._domain(row) for row in rows]

    def save(self, e: Enforcement) -> None:
        row = self.session.get(EnforcementRow, e.id) or EnforcementRow(
            id=e.id, provider_id=e.provider_id, region_code=e.region_code, kind=e.kind.value,
            created_by=e.actor.subject, created_by_role=e.actor.role, created_at=e.at)
        row.starts_on, row.ends_on, row.reason, row.amount = e.starts_on, e.ends_on, e.reason, e.amount
        row.municipality_codes, row.lifted_on, row.lift_reason = e.municipality_codes, e.lifted_on, e.lift_reason
        row.lifted_by = e.lifted_by.subject if e.lifted_by else None
        self.session.add(row)
        self.session.flush()

    @staticmethod
    def _domain(row: EnforcementRow) -> Enforcement:
        return Enforcement(row.id, row.provider_id, row.region_code, EnforcementKind(row.kind), row.starts_on,
                           row.reason, Actor(row.created_by, row.created_by_role), row.created_at, row.ends_on,
                           row.amount, list(row.municipality_codes or []), row.lifted_on, row.lift_reason,
                           Actor(row.lifted_by, "") if row.lifted_by else None)


class SignalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, **values: object) -> None:
        """Insert once per signal id (a redelivered or replayed event changes nothing)."""
        self.session.execute(pg_insert(SignalRow).values(**values).on_conflict_do_nothing(index_elements=["id"]))

    def resolve(self, signal_id: UUID, at: datetime) -> None:
        self.session.execute(update(SignalRow).where(SignalRow.id == signal_id, SignalRow.resolved_at.is_(None))
                             .values(resolved_at=at))
