"""Reads of client data: decrypted only here, and every read written to the audit log in the
same transaction (no audit row, no data)."""
from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from zorgregio.security.principal import Principal

from contract_service.adapters import orm
from contract_service.domain.errors import Forbidden, Refused
from contract_service.service_layer.unit_of_work import Context


def read_clients(ctx: Context, rows: list[orm.Allocation], actor: Principal, purpose: str,
                 action: str = "read") -> dict[uuid.UUID, dict]:
    """Client details per allocation id, each read audited (who, role, when, which client, why)."""
    if not purpose or not purpose.strip():
        raise Refused("purpose-required", "Geef het doel van het inzien van cliëntgegevens op (purpose).", "purpose")
    if not all(may_read_client(actor, row) for row in rows):
        raise Forbidden("client-data-not-permitted",
                        "Cliëntgegevens zijn alleen in te zien door de gemeente en de aanbieder van de toewijzing.")
    at = ctx.clock()
    result = {}
    with ctx.uow() as uow:
        for row in rows:
            details = ctx.vault.decrypt(row.client_blob, str(row.id))
            result[row.id] = {"bsn": details["bsn"], "name": details["name"],
                              "birth_date": date.fromisoformat(details["birthDate"])}
            uow.repo.add(orm.AuditEntry(at=at, subject=actor.subject, role=actor.role.value, action=action,
                                        client_hash=row.bsn_hash, allocation_id=row.id, purpose=purpose.strip()))
        uow.commit()
    return result


def find_by_bsn(ctx: Context, bsn: str, actor: Principal, purpose: str) -> list[orm.Allocation]:
    """Allocations of one client (by keyed hash) the caller may see; the search itself is audited."""
    if not purpose or not purpose.strip():
        raise Refused("purpose-required", "Geef het doel van het zoeken op (purpose).", "purpose")
    digest = ctx.vault.bsn_hash(bsn)
    with ctx.uow() as uow:
        rows = [r for r in uow.session.scalars(select(orm.Allocation).where(orm.Allocation.bsn_hash == digest)
                                               .order_by(orm.Allocation.issued_at))
                if visible(actor, r)]
        uow.repo.add(orm.AuditEntry(at=ctx.clock(), subject=actor.subject, role=actor.role.value, action="search",
                                    client_hash=digest, allocation_id=None, purpose=purpose.strip()))
        uow.commit()
    return rows


def may_read_client(actor: Principal, row: orm.Allocation) -> bool:
    """The municipality that allocated and the provider that gives the care; not the region, not an administrator."""
    return not actor.is_admin and (actor.may_act_for_municipality(row.municipality_code)
                                   or actor.may_act_for_provider(row.provider_id))


def visible(actor: Principal, row: orm.Allocation) -> bool:
    return (actor.may_act_for_municipality(row.municipality_code) or actor.may_act_for_provider(row.provider_id)
            or actor.may_act_for_region(row.region_code))
