"""Contract handlers: create, sign, amend, extend, terminate; budget ceilings."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from zorgregio.events.common import ProductMunicipality
from zorgregio.events.contracting import (
    BudgetCeilingSet,
    ContractAmended,
    ContractSigned,
    ContractTerminated,
)
from zorgregio.reference import region_of_municipality
from zorgregio.security.principal import Principal

from contract_service.adapters import orm
from contract_service.domain.allocation import day_before
from contract_service.domain.errors import InvalidTransition, NotFoundError, Refused
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork

Line = tuple[str, str]  # (product code, municipality code)


def add_years(day: date, years: int) -> date:
    if day.year + years > date.max.year:
        raise Refused("date-out-of-range", "De datum valt buiten het bereik.", "endsOn")
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_lines(region: str, lines: list[Line], uow: ContractingUnitOfWork | None = None) -> None:
    """Every municipality in the region and (when `uow` is given) every product in its catalogue."""
    for product, municipality in lines:
        if region_of_municipality(municipality) != region:
            raise Refused("municipality-not-in-region", f"Gemeente {municipality} hoort niet bij {region}.", "lines")
        if uow is not None and uow.repo.product(region, product) is None:
            raise Refused("unknown-product", f"Product {product} staat niet in het productenboek van {region}.",
                          "lines")


def current_lines(uow: ContractingUnitOfWork, contract_id: uuid.UUID, day: date) -> list[ProductMunicipality]:
    return [ProductMunicipality(product_code=line.product_code, municipality_code=line.municipality_code)
            for line in uow.repo.lines(contract_id, day)]


def add_lines(uow: ContractingUnitOfWork, contract: orm.Contract, lines: list[Line], valid_from: date) -> int:
    present = {(line.product_code, line.municipality_code) for line in uow.repo.lines(contract.id, valid_from)}
    new = [line for line in dict.fromkeys(lines) if line not in present]
    uow.repo.add(*(orm.ContractLine(id=uuid.uuid4(), contract_id=contract.id, product_code=p, municipality_code=m,
                                    valid_from=valid_from, valid_to=None) for p, m in new))
    return len(new)


def create_contract(ctx: Context, *, region: str, provider_id: uuid.UUID, provider_name: str, kind: str,
                    lines: list[Line], starts_on: date, ends_on: date | None, extension_options: int,
                    client_pseudonym: str | None, actor: Principal, contract_id: uuid.UUID | None = None,
                    provider_agb: str | None = None) -> uuid.UUID:
    check_lines(region, lines)
    if ends_on is not None and ends_on < starts_on:
        raise Refused("end-before-start", "De einddatum ligt voor de begindatum.", "endsOn")
    with ctx.uow() as uow:
        check_lines(region, lines, uow)
        contract = new_contract(ctx, uow, region_code=region, provider_id=provider_id, provider_name=provider_name,
                                kind=kind, starts_on=starts_on, ends_on=ends_on, extension_options=extension_options,
                                client_pseudonym=client_pseudonym, contract_id=contract_id,
                                provider_agb=provider_agb)
        add_lines(uow, contract, lines, starts_on)
        record(ctx, uow, contract, "created", starts_on, ends_on, "aangemaakt", lines, actor.subject)
        uow.commit()
        return contract.id


def new_contract(ctx: Context, uow: ContractingUnitOfWork, *, contract_id: uuid.UUID | None = None,
                 **values) -> orm.Contract:
    contract = orm.Contract(id=contract_id or uuid.uuid4(), status="draft", extensions_used=0, signed_at=None,
                            signed_by=None, terminated_on=None, termination_reason=None, created_at=ctx.clock(),
                            **values)
    uow.repo.add(contract)
    uow.session.flush()
    return contract


def record(ctx: Context, uow: ContractingUnitOfWork, contract: orm.Contract, kind: str, effective_on: date,
           ends_on: date | None, reason: str, lines: list[Line], by: str) -> None:
    uow.repo.add(orm.ContractAmendment(id=uuid.uuid4(), contract_id=contract.id, kind=kind, effective_on=effective_on,
                                       ends_on=ends_on, reason=reason, lines=[list(line) for line in lines],
                                       recorded_at=ctx.clock(), recorded_by=by))


def _contract(uow: ContractingUnitOfWork, contract_id: uuid.UUID, actor: Principal) -> orm.Contract:
    contract = uow.repo.contract(contract_id, lock=True)
    if contract is None or not actor.may_act_for_region(contract.region_code):
        raise NotFoundError("contract-not-found", "Contract niet gevonden.")
    return contract


def sign(ctx: Context, contract_id: uuid.UUID, actor: Principal) -> None:
    with ctx.uow() as uow:
        contract = _contract(uow, contract_id, actor)
        if contract.status != "draft":
            raise InvalidTransition("contract-not-draft", f"Contract heeft status '{contract.status}'.")
        lines = current_lines(uow, contract.id, contract.starts_on)
        if not lines:
            raise Refused("contract-without-lines", "Een contract zonder producten kan niet ondertekend worden.")
        contract.status, contract.signed_at, contract.signed_by = "active", ctx.clock(), actor.subject
        uow.emit(ContractSigned(contract_id=contract.id, provider_id=contract.provider_id,
                                region_code=contract.region_code, kind=contract.kind,
                                provider_name=contract.provider_name, lines=lines, starts_on=contract.starts_on,
                                ends_on=contract.ends_on))
        uow.commit()


def amended_event(uow: ContractingUnitOfWork, contract: orm.Contract, effective_on: date) -> ContractAmended:
    return ContractAmended(contract_id=contract.id, provider_id=contract.provider_id,
                           region_code=contract.region_code, lines=current_lines(uow, contract.id, effective_on),
                           effective_on=effective_on, ends_on=contract.ends_on)


def amend(ctx: Context, contract_id: uuid.UUID, lines: list[Line], effective_on: date, reason: str,
          actor: Principal) -> None:
    """`lines` is the contract's complete set from `effective_on`."""
    with ctx.uow() as uow:
        contract = _contract(uow, contract_id, actor)
        if contract.status != "active":
            raise InvalidTransition("contract-not-active", f"Contract heeft status '{contract.status}'.")
        if effective_on < contract.starts_on:
            raise Refused("before-contract-start", "De wijziging gaat in voor het begin van het contract.",
                          "effectiveOn")
        check_lines(contract.region_code, lines, uow)
        wanted = set(lines)
        for line in uow.repo.lines(contract.id, effective_on):
            if (line.product_code, line.municipality_code) not in wanted:
                line.valid_to = day_before(effective_on)
        uow.session.flush()
        add_lines(uow, contract, lines, effective_on)
        uow.session.flush()
        record(ctx, uow, contract, "lines", effective_on, contract.ends_on, reason, lines, actor.subject)
        uow.emit(amended_event(uow, contract, effective_on))
        uow.commit()


def extend(ctx: Context, contract_id: uuid.UUID, actor: Principal) -> None:
    with ctx.uow() as uow:
        contract = _contract(uow, contract_id, actor)
        if contract.status != "active" or contract.ends_on is None:
            raise InvalidTransition("contract-not-extendable", "Alleen een lopend contract met einddatum verlengt.")
        if contract.extensions_used >= contract.extension_options:
            raise InvalidTransition("no-extension-left", "Alle verlengingsopties zijn gebruikt.")
        effective_on = contract.ends_on
        contract.ends_on = add_years(contract.ends_on, 1)
        contract.extensions_used += 1
        record(ctx, uow, contract, "extension", effective_on, contract.ends_on,
               f"verlenging {contract.extensions_used} van {contract.extension_options}", [], actor.subject)
        uow.emit(amended_event(uow, contract, effective_on))
        uow.commit()


def terminate(ctx: Context, contract_id: uuid.UUID, terminated_on: date, reason: str, actor: Principal) -> None:
    """`terminated_on` is the contract's last day; allocations before it stay covered."""
    with ctx.uow() as uow:
        contract = _contract(uow, contract_id, actor)
        if contract.ends_on is not None and terminated_on > contract.ends_on and contract.status != "terminated":
            raise Refused("after-contract-end", f"Het contract loopt al af op {contract.ends_on}; een beëindiging "
                          "daarna heeft geen betekenis.", "terminatedOn")
        terminate_row(ctx, uow, contract, terminated_on, reason, actor.subject)
        uow.commit()


def terminate_row(ctx: Context, uow: ContractingUnitOfWork, contract: orm.Contract, terminated_on: date, reason: str,
                  by: str) -> None:
    if contract.status == "terminated":
        raise InvalidTransition("contract-terminated", "Het contract is al beëindigd.")
    if terminated_on < contract.starts_on:
        raise Refused("before-contract-start", "De beëindiging ligt voor het begin van het contract.",
                      "terminatedOn")
    was_active = contract.status == "active"
    contract.status, contract.terminated_on, contract.termination_reason = "terminated", terminated_on, reason
    contract.ends_on = min(contract.ends_on or terminated_on, terminated_on)
    record(ctx, uow, contract, "termination", terminated_on, terminated_on, reason, [], by)
    if was_active:
        uow.emit(ContractTerminated(contract_id=contract.id, provider_id=contract.provider_id,
                                    region_code=contract.region_code, terminated_on=terminated_on, reason=reason))


def set_budget_ceiling(ctx: Context, municipality: str, year: int, provider_id: uuid.UUID | None, amount: Decimal,
                       actor: Principal) -> uuid.UUID:
    region = region_of_municipality(municipality)
    with ctx.uow() as uow:
        ceiling = uow.repo.ceiling(municipality, year, provider_id)
        if ceiling is None:
            ceiling = orm.BudgetCeiling(id=uuid.uuid4(), region_code=region, municipality_code=municipality,
                                        provider_id=provider_id, year=year)
            uow.repo.add(ceiling)
        ceiling.amount, ceiling.set_at, ceiling.set_by = amount, ctx.clock(), actor.subject
        uow.emit(BudgetCeilingSet(region_code=region, municipality_code=municipality, provider_id=provider_id,
                                  year=year, amount=amount))
        uow.commit()
        return ceiling.id
