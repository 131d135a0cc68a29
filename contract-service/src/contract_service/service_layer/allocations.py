"""Issuing an allocation (JW301), with every rule that can refuse it; the lifecycle after it is in `lifecycle`."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace

from psycopg.errors import UniqueViolation
from sqlalchemy import bindparam, insert, select
from zorgregio.api.idempotency import IdempotencyKey, key_in_use, key_taken
from zorgregio.api.problems import Conflict
from zorgregio.db import DriverStatement
from zorgregio.events import allocation as ev
from zorgregio.reference import region_of_municipality
from zorgregio.security.principal import Principal

from contract_service.adapters import orm
from contract_service.domain import ijw
from contract_service.domain.allocation import (
    Status,
    Volume,
    check_period,
    cost_per_year,
    costing_end,
    unit_factor,
)
from contract_service.domain.commands import IssueAllocation
from contract_service.domain.errors import (
    DomainError,
    Forbidden,
    Refused,
)
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork

RESTRICTION_REFUSALS = {
    "client_stop": ("provider-client-stop", "De aanbieder heeft een cliëntenstop: geen nieuwe toewijzingen."),
    "suspension": ("provider-suspended", "De aanbieder is geschorst: geen nieuwe toewijzingen."),
    "exit": ("provider-exited", "De aanbieder is uitgetreden voor deze gemeente."),
}


def _check_input(cmd: IssueAllocation, actor: Principal) -> str:
    if not actor.may_act_for_municipality(cmd.municipality_code):
        raise Forbidden("other-municipality", f"Dit token mag niet toewijzen namens gemeente {cmd.municipality_code}.",
                        "municipalityCode")
    region = region_of_municipality(cmd.municipality_code)
    if region is None:
        raise Refused("unknown-municipality", f"Gemeente {cmd.municipality_code} is onbekend.", "municipalityCode")
    if not ijw.bsn_valid(cmd.client.bsn):
        raise Refused("invalid-bsn", "Het BSN voldoet niet aan de elfproef.", "client.bsn")
    check_period(cmd.start_date, cmd.end_date)
    if cmd.referrer_type not in ijw.referrer_types():
        raise Refused("unknown-referrer-type", "Onbekend verwijzertype.", "referrerType")
    return region


def check_budget(uow: ContractingUnitOfWork, municipality: str, provider_id: uuid.UUID,
                 costs: dict[int, Decimal], exclude: uuid.UUID | None = None) -> None:
    ceilings = uow.repo.ceilings(municipality, provider_id, sorted(costs))
    for year in sorted({c.year for c in ceilings}):
        uow.repo.lock(f"budget:{municipality}:{year}")
    for ceiling in ceilings:
        committed = uow.repo.committed(municipality, ceiling.year, ceiling.provider_id, exclude)
        if committed + costs[ceiling.year] > ceiling.amount:
            scope = "voor deze aanbieder " if ceiling.provider_id else ""
            raise Refused("budget-ceiling-exceeded",
                          f"Het budgetplafond {scope}van gemeente {municipality} voor {ceiling.year} "
                          f"(€ {ceiling.amount}) wordt overschreden: al toegewezen € {committed}, "
                          f"deze toewijzing € {costs[ceiling.year]}.", "volume")


def costs_of(uow: ContractingUnitOfWork, region: str, product: orm.Product, volume: Volume, start: date,
           end: date | None) -> dict[int, Decimal]:
    unit_factor(volume.unit, product.unit)
    tariff = uow.repo.tariff_on(region, product.code, start)
    if tariff is None:
        return {}
    return cost_per_year(volume, tariff.unit, tariff.amount, start, costing_end(start, end))


def _check_facts(facts: dict | None, cmd: IssueAllocation, today: date) -> None:
    """The refusal rules, in the order a caller would fix them."""
    if facts is None:
        raise Refused("unknown-product", f"Product {cmd.product_code} staat niet in het productenboek.",
                      "productCode")
    if facts["valid_from"] > cmd.start_date or (facts["valid_to"] and facts["valid_to"] < cmd.start_date):
        raise Refused("product-not-valid", f"Product {cmd.product_code} geldt niet op de begindatum.", "productCode")
    if facts["opted_out"]:
        raise Refused("product-opted-out",
                      f"Gemeente {cmd.municipality_code} neemt product {cmd.product_code} niet af (opt-out).",
                      "productCode")
    if facts["contract_id"] is None:
        raise Refused("no-active-contract", f"Geen actief contract met deze aanbieder voor {cmd.product_code} in "
                      f"gemeente {cmd.municipality_code} op {cmd.start_date}.", "providerId")
    for restriction in facts["restrictions"] or []:
        if restriction["kind"] != "exit" or not restriction["municipalities"] \
                or cmd.municipality_code in restriction["municipalities"]:
            code, detail = RESTRICTION_REFUSALS[restriction["kind"]]
            raise Refused(code, detail, "providerId")
    unit_factor(cmd.volume.unit, facts["unit"])


def issue(ctx: Context, cmd: IssueAllocation, actor: Principal,
          idem: IdempotencyKey | None = None) -> tuple[uuid.UUID, SimpleNamespace | None]:
    """Returns the allocation id and the new row's values (None: an idempotent retry of an earlier submission).

    With an Idempotency-Key the earlier result is looked up only when this attempt cannot
    complete (its key is taken, or a rule refuses it): the first attempt pays no extra query."""
    region = _check_input(cmd, actor)
    refusal: Exception
    try:
        return _issue(ctx, cmd, actor, idem, region)
    except (DomainError, Conflict) as exc:
        refusal = exc
    except UniqueViolation as exc:  # the writes are pipelined: raised at the end of the pipeline
        if not key_taken(exc):
            raise
        refusal = key_in_use()
    if idem is not None:
        with ctx.uow() as uow:
            if (previous := idem.previous(uow.session)) is not None:
                return uuid.UUID(previous["id"]), None
    raise refusal


def _issue(ctx: Context, cmd: IssueAllocation, actor: Principal, idem: IdempotencyKey | None,
           region: str) -> tuple[uuid.UUID, SimpleNamespace]:
    at = cmd.at or ctx.clock()
    with ctx.uow() as uow:
        pseudonym = ctx.vault.pseudonym(cmd.client.bsn, region)
        end = costing_end(cmd.start_date, cmd.end_date)
        facts = uow.repo.allocation_facts(region=region, product=cmd.product_code, municipality=cmd.municipality_code,
                                          provider_id=cmd.provider_id, start=cmd.start_date, end=end,
                                          pseudonym=pseudonym, today=at.date())
        _check_facts(facts, cmd, at.date())
        tariff = facts["tariff"]
        costs = cost_per_year(cmd.volume, tariff["unit"], Decimal(str(tariff["amount"])), cmd.start_date, end) \
            if tariff else {}
        if costs and facts["has_ceiling"]:
            check_budget(uow, cmd.municipality_code, cmd.provider_id, costs)
        allocation_id = uuid.uuid4()
        client = {"bsn": cmd.client.bsn, "name": cmd.client.name, "birthDate": cmd.client.birth_date.isoformat()}
        row = SimpleNamespace(
            id=allocation_id, region_code=region, municipality_code=cmd.municipality_code,
            provider_id=cmd.provider_id, contract_id=facts["contract_id"], product_code=cmd.product_code,
            product_category=facts["category"], client_blob=ctx.vault.encrypt(client, str(allocation_id)),
            bsn_hash=ctx.vault.bsn_hash(cmd.client.bsn), client_pseudonym=pseudonym,
            volume_amount=cmd.volume.amount, volume_unit=cmd.volume.unit, volume_frequency=cmd.volume.frequency,
            start_date=cmd.start_date, end_date=cmd.end_date, referrer_type=cmd.referrer_type, reason=cmd.reason,
            status=Status.ISSUED.value, cost_by_year={str(y): str(c) for y, c in costs.items()}, issued_at=at,
            issued_by=actor.subject, updated_at=at, change_seq=None)
        with uow.pipelined():  # the writes travel together: one round trip, then the commit's
            inserted = ISSUE_STATEMENT.execute(uow.session, {
                **{f"p_{key}": value for key, value in vars(row).items()}, "p_by_role": actor.role.value,
                "p_details": {"contractId": str(facts["contract_id"])}})
            uow.emit(ev.AllocationIssued(
                **event_keys(row), contract_id=row.contract_id, product_category=row.product_category,
                volume=event_volume(row), start_date=row.start_date, end_date=row.end_date,
                referrer_type=row.referrer_type, issued_at=at,
                estimated_cost=sum(costs.values()) if costs else None))
            if idem is not None:
                idem.remember(uow.session, {"id": str(allocation_id)})
        uow.commit()
        row.number = inserted.fetchone()[0]
        return allocation_id, row


def _issue_statement():
    """The allocation and its first history row in one statement, built once with bound
    parameters (the hot path: no per-request statement building, one round trip)."""
    table, changes = orm.Allocation.__table__, orm.AllocationChange.__table__
    columns = [c for c in table.c if c.key != "number" and c.key not in UNSET_AT_ISSUE]
    # parameter names unlike any column name: an INSERT would take a same-named one for that column
    params = {c.key: bindparam(f"p_{c.key}", type_=c.type) for c in columns}
    allocation = insert(table).values(params).returning(table.c.number).cte("allocation")
    history = insert(changes).values(
        allocation_id=params["id"], change="issued", status=params["status"], at=params["issued_at"],
        by_subject=params["issued_by"], by_role=bindparam("p_by_role", type_=changes.c.by_role.type),
        details=bindparam("p_details", type_=changes.c.details.type),
    ).returning(changes.c.id).cte("history")
    return DriverStatement(select(allocation.c.number).add_cte(history))


UNSET_AT_ISSUE = {"accepted_at", "refused_at", "refusal_reason", "care_started_on", "care_stopped_on",
                  "stop_reason_code", "ended_on", "withdrawn_at"}
ISSUE_STATEMENT = _issue_statement()


def event_keys(row: orm.Allocation) -> dict:
    return dict(allocation_id=row.id, client_pseudonym=row.client_pseudonym, region_code=row.region_code,
                municipality_code=row.municipality_code, provider_id=row.provider_id, product_code=row.product_code)


def event_volume(row: orm.Allocation) -> ev.Volume:
    return ev.Volume(amount=row.volume_amount, unit=row.volume_unit, frequency=row.volume_frequency)


def history_row(row: orm.Allocation, change: str, at: datetime, actor: Principal, details: dict) -> orm.AllocationChange:
    return orm.AllocationChange(allocation_id=row.id, change=change, status=row.status, at=at,
                                by_subject=actor.subject, by_role=actor.role.value, details=details)
