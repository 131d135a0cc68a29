"""The monitoring unit of work. Besides the outbox it buffers what a batch of events changes
(allocation facts, notifications, rollup deltas) and writes each kind with a few bulk
statements at commit: a polled batch of 500 events costs a handful of statements, not
thousands. `checkpoint`/`restore` drop the buffered work of an event whose handling fails."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from zorgregio.messaging.unit_of_work import UnitOfWork

from monitor_service.adapters.orm import (
    CatalogueProduct,
    Tariff,
)
from monitor_service.domain.facts import COUNTERS, HistogramKey, RollupKey, TariffPeriod

ROLLUP_KEY = ("region_code", "municipality_code", "provider_id", "product_code", "month")
AREA_KEY = ("region_code", "municipality_code", "product_code", "month")
COLUMN_TYPES = {"region_code": "text", "municipality_code": "text", "provider_id": "uuid", "product_code": "text",
                "month": "date", "spend": "numeric"}


@dataclass
class FactChange:
    allocation_id: Any
    mutate: Callable[[dict[str, Any]], dict[str, Any]]
    create: bool = False


@dataclass(frozen=True)
class Checkpoint:
    journal: int
    histogram: int
    changes: list[FactChange]
    notifications: int


class MonitorUnitOfWork(UnitOfWork):
    #: True while `rebuild` re-applies history: no signals, events or notifications then.
    replaying: bool = False

    def open_repositories(self, session: Session) -> None:
        self._journal: list[dict[RollupKey, dict[str, Any]]] = []
        self._histogram: list[dict[HistogramKey, int]] = []
        self.changes: list[FactChange] = []
        self.notifications: list[dict[str, Any]] = []
        self._tariffs: dict[tuple[str, str], list[TariffPeriod]] | None = None
        self._products: dict[tuple[str, str], dict[str, Any]] | None = None

    # -- buffered work and its checkpoints
    def track(self, deltas: dict[RollupKey, dict[str, Any]]) -> None:
        if deltas:
            self._journal.append(deltas)

    def track_histogram(self, deltas: dict[HistogramKey, int]) -> None:
        if deltas:
            self._histogram.append(deltas)

    def checkpoint(self) -> Checkpoint:
        return Checkpoint(len(self._journal), len(self._histogram), list(self.changes), len(self.notifications))

    def restore(self, mark: Checkpoint) -> None:
        del self._journal[mark.journal:]
        del self._histogram[mark.histogram:]
        del self.notifications[mark.notifications:]
        self.changes = list(mark.changes)

    def flush_facts(self) -> None:
        from monitor_service.service_layer.allocations import apply_changes

        changes, self.changes = self.changes, []
        if changes:
            apply_changes(self, changes)

    def flush_rollup(self) -> None:
        totals: dict[RollupKey, dict[str, Any]] = defaultdict(lambda: dict.fromkeys(COUNTERS, 0))
        for deltas in self._journal:
            for key, counters in deltas.items():
                for name, value in counters.items():
                    totals[key][name] += value
        self._journal = []
        rows = [dict(zip(("region_code", "municipality_code", "provider_id", "product_code", "month"), key, strict=True),
                     **counters) for key, counters in totals.items() if any(counters.values())]
        if not rows:
            return
        area: dict[tuple, dict[str, Any]] = defaultdict(lambda: dict.fromkeys(COUNTERS, 0))
        for row in rows:
            target = area[(row["region_code"], row["municipality_code"], row["product_code"], row["month"])]
            for name in COUNTERS:
                target[name] += row[name]
        area_rows = [dict(zip(("region_code", "municipality_code", "product_code", "month"), key, strict=True), **counters)
                     for key, counters in area.items()]
        self._upsert_counters("monthly_rollup", ROLLUP_KEY, rows)
        self._upsert_counters("monthly_area_rollup", AREA_KEY, area_rows)

    def _upsert_counters(self, table: str, key: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
        """One statement for the whole batch: the rows travel as one array per column."""
        columns = (*key, *COUNTERS)
        source = ", ".join(f"CAST(:{c} AS {COLUMN_TYPES.get(c, 'bigint')}[])" for c in columns)
        self.session.execute(text(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({source}) "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
            + ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNTERS)),
            {c: [Decimal(row[c]) for row in rows] if c == "spend" else [row[c] for row in rows] for c in columns})

    def flush_histogram(self) -> None:
        """Add the batch's counts per (key, days) in one statement; the database turns them into
        one dense array per key (`day_counts`) and adds it to the stored one (`add_int_arrays`)."""
        totals: dict[HistogramKey, int] = defaultdict(int)
        for deltas in self._histogram:
            for key, value in deltas.items():
                totals[key] += value
        self._histogram = []
        entries = [(key, value) for key, value in totals.items() if value]
        if not entries:
            return
        names = ("region_code", "scope", "scope_value", "kind", "month", "day", "delta")
        types = ("text", "text", "text", "text", "date", "int", "int")
        params = {name: [key[i] for key, _ in entries] for i, name in enumerate(names[:6])}
        params["delta"] = [value for _, value in entries]
        source = ", ".join(f"CAST(:{n} AS {t}[])" for n, t in zip(names, types, strict=True))
        self.session.execute(text(
            "INSERT INTO days_histogram (region_code, scope, scope_value, kind, month, counts) "
            "SELECT region_code, scope, scope_value, kind, month, day_counts(array_agg(day), array_agg(delta)) "
            f"FROM unnest({source}) AS u({', '.join(names)}) GROUP BY 1, 2, 3, 4, 5 "
            "ON CONFLICT (region_code, scope, scope_value, kind, month) "
            "DO UPDATE SET counts = add_int_arrays(days_histogram.counts, excluded.counts)"), params)

    def commit(self) -> None:
        from monitor_service.service_layer.notify import flush_notifications

        self.flush_facts()
        flush_notifications(self)
        self.flush_rollup()
        self.flush_histogram()
        super().commit()

    def rollback(self) -> None:
        self._journal, self._histogram, self.changes, self.notifications = [], [], [], []
        super().rollback()

    # -- reference data (small tables), loaded once per unit of work in one query each
    def tariffs(self, region_code: str, product_code: str) -> list[TariffPeriod]:
        if self._tariffs is None:
            self._tariffs = defaultdict(list)
            for row in self.session.execute(select(Tariff.region_code, Tariff.product_code, Tariff.amount,
                                                   Tariff.valid_from, Tariff.valid_to)):
                self._tariffs[(row.region_code, row.product_code)].append(TariffPeriod(*row[2:]))
        return self._tariffs.get((region_code, product_code), [])

    def forget_tariffs(self) -> None:
        self._tariffs = None

    def product(self, region_code: str, product_code: str) -> dict[str, Any] | None:
        if self._products is None:
            self._products = {
                (row.region_code, row.product_code): {"product_group": row.product_group, "category": row.category,
                                                      "residential": row.residential,
                                                      "funding_form": row.funding_form}
                for row in self.session.execute(select(
                    CatalogueProduct.region_code, CatalogueProduct.product_code, CatalogueProduct.product_group,
                    CatalogueProduct.category, CatalogueProduct.residential, CatalogueProduct.funding_form))}
        return self._products.get((region_code, product_code))

    def forget_products(self) -> None:
        self._products = None
