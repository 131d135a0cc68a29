"""Repositories: the read model learned from events, and the providers' entries."""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from availability_service.adapters.orm import (
    CatalogueProduct,
    CatalogueVersion,
    ConsumedEvent,
    ContractLine,
    Entry,
    Provider,
    WaitSample,
)
from availability_service.domain.model import Report

READ_MODEL_TABLES = ("providers", "catalogue_versions", "catalogue_products", "contract_lines", "wait_samples")


class ReadModelRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def journal(self, event_id: str, event_type: str, event: dict[str, Any]) -> None:
        self.session.execute(insert(ConsumedEvent).values(event_id=event_id, event_type=event_type, event=event)
                             .on_conflict_do_nothing(index_elements=["event_id"]))

    def journaled_events(self) -> list[dict[str, Any]]:
        return list(self.session.scalars(select(ConsumedEvent.event).order_by(ConsumedEvent.seq)))

    def clear(self) -> None:
        """Empty the read model before a rebuild. Entries are the providers' own data and stay
        (placeholders too: their ids are deterministic, so replaying finds them in place)."""
        self.session.execute(text(f"TRUNCATE {', '.join(READ_MODEL_TABLES)}, search_entries"))

    # providers -------------------------------------------------------------------------
    def provider(self, provider_id: uuid.UUID) -> Provider | None:
        return self.session.get(Provider, provider_id)

    def upsert_provider(self, provider_id: uuid.UUID, region_code: str, name: str,
                        contact: dict[str, Any] | None = None) -> None:
        values: dict[str, Any] = {"provider_id": provider_id, "region_code": region_code, "name": name}
        if contact is not None:
            values.update({k: contact.get(k) for k in ("phone", "email", "website", "city")})
        changes = {k: v for k, v in values.items() if k != "provider_id"}
        self.session.execute(insert(Provider).values(**values)
                             .on_conflict_do_update(index_elements=["provider_id"], set_=changes))

    def change_flags(self, provider_id: uuid.UUID, region_code: str, column: str, enforcement_id: str,
                     add: bool) -> None:
        """Add or remove one enforcement id from `client_stops` / `suspensions`."""
        self.session.execute(insert(Provider).values(provider_id=provider_id, region_code=region_code, name="")
                             .on_conflict_do_nothing(index_elements=["provider_id"]))
        col = getattr(Provider, column)
        value = (func.array_append(func.array_remove(col, enforcement_id), enforcement_id) if add
                 else func.array_remove(col, enforcement_id))
        self.session.execute(update(Provider).where(Provider.provider_id == provider_id).values({column: value}))

    def exit_provider(self, provider_id: uuid.UUID, region_code: str, municipality_codes: list[str]) -> None:
        self.session.execute(insert(Provider).values(provider_id=provider_id, region_code=region_code, name="")
                             .on_conflict_do_nothing(index_elements=["provider_id"]))
        if municipality_codes:
            self.session.execute(text(
                "UPDATE providers SET exited_municipalities = ARRAY(SELECT DISTINCT unnest(exited_municipalities "
                "|| CAST(:m AS text[])) ORDER BY 1) WHERE provider_id = :p"), {"m": municipality_codes, "p": provider_id})
        else:
            self.session.execute(update(Provider).where(Provider.provider_id == provider_id).values(exited=True))

    # catalogue -------------------------------------------------------------------------
    def replace_catalogue(self, region_code: str, version: int, products: list[dict[str, Any]]) -> bool:
        current = self.session.get(CatalogueVersion, region_code)
        if current is not None and current.version > version:
            return False
        self.session.execute(insert(CatalogueVersion).values(region_code=region_code, version=version)
                             .on_conflict_do_update(index_elements=["region_code"], set_={"version": version}))
        self.session.execute(delete(CatalogueProduct).where(CatalogueProduct.region_code == region_code))
        if products:
            self.session.execute(insert(CatalogueProduct), [{"region_code": region_code, **p} for p in products])
        return True

    # contracts -------------------------------------------------------------------------
    def replace_lines(self, contract_id: uuid.UUID, provider_id: uuid.UUID, region_code: str,
                      lines: Iterable[tuple[str, str]], starts_on: date, ends_on: date | None) -> None:
        """A signed contract's lines (a repeated signature replaces them)."""
        self.session.execute(delete(ContractLine).where(ContractLine.contract_id == contract_id))
        rows = [{"contract_id": contract_id, "product_code": product, "municipality_code": municipality,
                 "provider_id": provider_id, "region_code": region_code, "starts_on": starts_on,
                 "ends_on": ends_on} for product, municipality in dict.fromkeys(lines)]
        if rows:
            self.session.execute(insert(ContractLine), rows)

    def amend_lines(self, contract_id: uuid.UUID, provider_id: uuid.UUID, region_code: str,
                    lines: Iterable[tuple[str, str]], effective_on: date, ends_on: date | None) -> None:
        """The contract's complete set of lines from `effective_on`: a line left out ends the day
        before (or goes, if it had not started by then), a new line starts that day, a kept line
        takes the contract's end. A future date therefore changes nothing today; the date-refresh
        job updates search when the day comes."""
        wanted = set(dict.fromkeys(lines))
        existing = {(row.product_code, row.municipality_code): row for row in self.session.scalars(
            select(ContractLine).where(ContractLine.contract_id == contract_id))}
        day_before = effective_on - timedelta(days=1)
        for pair, row in existing.items():
            if pair in wanted:
                row.ends_on = ends_on
                if row.ends_on is not None and row.ends_on < day_before:  # ended earlier, taken up again
                    row.starts_on = effective_on
            elif row.starts_on > day_before:
                self.session.delete(row)
            elif row.ends_on is None or row.ends_on > day_before:
                row.ends_on = day_before
        new = [{"contract_id": contract_id, "product_code": product, "municipality_code": municipality,
                "provider_id": provider_id, "region_code": region_code, "starts_on": effective_on,
                "ends_on": ends_on} for product, municipality in wanted - existing.keys()]
        if new:
            self.session.execute(insert(ContractLine), new)
        self.session.flush()

    def terminate(self, contract_id: uuid.UUID, terminated_on: date) -> None:
        self.session.execute(update(ContractLine).where(ContractLine.contract_id == contract_id)
                             .values(terminated_on=terminated_on))

    def contracted_products(self, provider_id: uuid.UUID) -> list[tuple[str, str]]:
        """(region, product) pairs with an active line today."""
        rows = self.session.execute(text(
            "SELECT DISTINCT region_code, product_code FROM contract_lines WHERE provider_id = :p "
            "AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date) "
            "AND (terminated_on IS NULL OR terminated_on > current_date) ORDER BY 1, 2"), {"p": provider_id})
        return [(r[0], r[1]) for r in rows]

    def contracted_ever(self, provider_id: uuid.UUID) -> list[tuple[str, str]]:
        rows = self.session.execute(select(ContractLine.region_code, ContractLine.product_code).distinct()
                                    .where(ContractLine.provider_id == provider_id))
        return [(r[0], r[1]) for r in rows]

    # measured waits --------------------------------------------------------------------
    def record_issued(self, allocation_id: uuid.UUID, provider_id: uuid.UUID, product_code: str,
                      issued_at: datetime) -> None:
        self.session.execute(insert(WaitSample).values(allocation_id=allocation_id, provider_id=provider_id,
                                                       product_code=product_code, issued_at=issued_at)
                             .on_conflict_do_update(index_elements=["allocation_id"], set_={"issued_at": issued_at}))

    def record_started(self, allocation_id: uuid.UUID, provider_id: uuid.UUID, product_code: str,
                       started_on: date) -> None:
        self.session.execute(insert(WaitSample).values(allocation_id=allocation_id, provider_id=provider_id,
                                                       product_code=product_code, started_on=started_on)
                             .on_conflict_do_update(index_elements=["allocation_id"],
                                                    set_={"started_on": started_on}))


class EntryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, entry_id: uuid.UUID, *, lock: bool = False) -> Entry | None:
        stmt = select(Entry).where(Entry.entry_id == entry_id)
        return self.session.scalars(stmt.with_for_update() if lock else stmt).first()

    def for_provider(self, provider_id: uuid.UUID, *, lock: bool = False) -> list[Entry]:
        stmt = select(Entry).where(Entry.provider_id == provider_id).order_by(Entry.product_code, Entry.location_name)
        return list(self.session.scalars(stmt.with_for_update() if lock else stmt))

    def add_placeholder(self, entry_id: uuid.UUID, provider_id: uuid.UUID, region_code: str, product_code: str,
                        report: Report) -> None:
        self.session.execute(insert(Entry).values(entry_id=entry_id, provider_id=provider_id, region_code=region_code,
                                                  product_code=product_code, **_report_columns(report))
                             .on_conflict_do_nothing(index_elements=["entry_id"]))

    def has_entry_for(self, provider_id: uuid.UUID, region_code: str, product_code: str) -> bool:
        return self.session.scalars(select(Entry.entry_id).where(
            Entry.provider_id == provider_id, Entry.region_code == region_code,
            Entry.product_code == product_code).limit(1)).first() is not None

    def add(self, entry: Entry) -> None:
        self.session.add(entry)


def report_of(entry: Entry) -> Report:
    return Report(**{name: getattr(entry, name) for name in Report.__dataclass_fields__
                     if name != "specialisms"}, specialisms=tuple(entry.specialisms or ()))


def _report_columns(report: Report) -> dict[str, Any]:
    values = {name: getattr(report, name) for name in Report.__dataclass_fields__}
    values["specialisms"] = list(report.specialisms)
    return values


def apply_report(entry: Entry, report: Report) -> None:
    for name, value in _report_columns(report).items():
        setattr(entry, name, value)
