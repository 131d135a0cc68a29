"""Events this service reacts to: admission (topic zorgregio.admission).

- provider.admitted → a draft framework agreement for the admitted products × municipalities
  (or, when the provider already has one in the region, the new lines added to it).
- client stop, suspension and exit (and their lifting) → the provider's restrictions, which
  refuse new allocations. An exit also ends the contract (lines) from its date.
The runner records the inbox row and commits; these handlers must not commit."""
from __future__ import annotations

import uuid
from collections.abc import Callable

from zorgregio.events import admission as adm
from zorgregio.events.envelope import CloudEvent, Topic

from contract_service.adapters import orm
from contract_service.domain.allocation import day_before
from contract_service.service_layer import contracts
from contract_service.service_layer.unit_of_work import Context, ContractingUnitOfWork

TOPICS = [Topic.ADMISSION.value]
SYSTEM = "system:admission-events"
CONTRACT_NAMESPACE = uuid.UUID("0b9e6a53-6c55-4d3e-8f43-3f2c8f6e7a21")


def framework_id(provider_id: uuid.UUID, region: str) -> uuid.UUID:
    return uuid.uuid5(CONTRACT_NAMESPACE, f"framework:{provider_id}:{region}")


def provider_admitted(ctx: Context, uow: ContractingUnitOfWork, event: CloudEvent) -> None:
    data: adm.ProviderAdmitted = event.parsed()  # type: ignore[assignment]
    lines = [(pm.product_code, pm.municipality_code) for pm in data.admitted]
    contract = uow.repo.framework_contract(data.provider_id, data.region_code)
    if contract is None:
        settings = ctx.settings
        existing = uow.repo.contract(framework_id(data.provider_id, data.region_code))
        contract = contracts.new_contract(
            ctx, uow, contract_id=None if existing else framework_id(data.provider_id, data.region_code),
            region_code=data.region_code, provider_id=data.provider_id, provider_name=data.provider_name,
            kind="framework", starts_on=data.admitted_on,
            ends_on=day_before(contracts.add_years(data.admitted_on, settings.framework_term_years)),
            extension_options=settings.framework_extension_options, client_pseudonym=None, provider_agb=data.agb_code)
    added = contracts.add_lines(uow, contract, lines, max(data.admitted_on, contract.starts_on))
    if added:
        uow.session.flush()
        contracts.record(ctx, uow, contract, "admission", data.admitted_on, contract.ends_on,
                         f"toelating {data.application_id}", lines, SYSTEM)
        if contract.status == "active":
            uow.emit(contracts.amended_event(uow, contract, data.admitted_on))


def _restrict(uow: ContractingUnitOfWork, data, kind: str, starts_on, ends_on=None, municipalities=()) -> None:
    if uow.repo.restriction(data.enforcement_id) is None:
        uow.repo.add(orm.ProviderRestriction(enforcement_id=data.enforcement_id, provider_id=data.provider_id,
                                             region_code=data.region_code, kind=kind, starts_on=starts_on,
                                             ends_on=ends_on, municipality_codes=list(municipalities),
                                             reason=getattr(data, "reason", "")))


def _lift(uow: ContractingUnitOfWork, data) -> None:
    restriction = uow.repo.restriction(data.enforcement_id)
    if restriction is not None:
        # lifted on that day: the restriction's last day is the day before
        restriction.ends_on = day_before(data.lifted_on)


def client_stop_started(ctx, uow, event):
    data = event.parsed()
    _restrict(uow, data, "client_stop", data.starts_on)


def suspended(ctx, uow, event):
    data = event.parsed()
    _restrict(uow, data, "suspension", data.starts_on, data.ends_on)


def lifted(ctx, uow, event):
    _lift(uow, event.parsed())


def exited(ctx: Context, uow: ContractingUnitOfWork, event: CloudEvent) -> None:
    data: adm.ProviderExited = event.parsed()  # type: ignore[assignment]
    _restrict(uow, data, "exit", data.exit_on, None, data.municipality_codes)
    for contract in uow.repo.contracts_of(data.provider_id, data.region_code):
        if contract.status == "terminated":
            continue
        if not data.municipality_codes:
            contracts.terminate_row(ctx, uow, contract, max(day_before(data.exit_on), contract.starts_on), data.reason,
                                    SYSTEM)
            continue
        changed = False
        for line in uow.repo.lines(contract.id, data.exit_on):
            if line.municipality_code in data.municipality_codes:
                line.valid_to, changed = day_before(data.exit_on), True
        if changed and contract.status == "active":
            uow.session.flush()
            uow.emit(contracts.amended_event(uow, contract, data.exit_on))


def handlers(ctx_factory: Callable[[], Context]) -> dict[str, Callable]:
    """Event type → `fn(uow, event)` for the runtime; the context is bound lazily (it holds the runtime)."""
    table = {
        adm.ProviderAdmitted.event_type: provider_admitted,
        adm.ClientStopStarted.event_type: client_stop_started,
        adm.ClientStopLifted.event_type: lifted,
        adm.ProviderSuspended.event_type: suspended,
        adm.SuspensionLifted.event_type: lifted,
        adm.ProviderExited.event_type: exited,
    }
    return {etype: _bound(fn, ctx_factory) for etype, fn in table.items()}


def _bound(fn: Callable, ctx_factory: Callable[[], Context]) -> Callable:
    def handle(uow: ContractingUnitOfWork, event: CloudEvent) -> None:
        fn(ctx_factory(), uow, event)

    return handle
