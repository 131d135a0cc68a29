"""National-scale data for the benchmark, loaded with COPY: 42 regions, 350 municipalities,
providers, catalogue products, contract lines and provider entries; the search table is then
built by the service's own `search_index.refresh` (the same SQL every write uses)."""
from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import psycopg
from availability_service.domain.vocabulary import specialisms
from zorgregio.reference import regions

CATEGORIES = ("45", "45", "45", "41", "43", "44", "46", "42")
GROUPS = ("Begeleiding individueel", "Begeleiding groep", "Behandeling", "Verblijf/Wonen", "Respijtopvang jeugd",
          "Wonen en verblijf Crisis", "Vervoer plus", "Zorgcoördinatie")
THEMES = ("jeugd-GGZ", "gezinsbegeleiding", "opvoedondersteuning", "dagbesteding", "gezinshuis", "logeeropvang",
          "crisisopvang", "diagnostiek", "traumabehandeling", "systeemtherapie", "ouderschapsonderzoek",
          "schoolondersteuning", "ambulante begeleiding", "behandelgroep", "kamertraining", "zorgcoördinatie")
WORDS = ("Linde", "Kompas", "Anker", "Brug", "Boomhut", "Hoeve", "Heuvel", "Kleurrijk", "Samen", "Horizon",
         "Vlinder", "Regenboog", "Eik", "Waterlelie", "Zon", "Duin", "Beek", "Veld", "Toren", "Haven")
KINDS = ("Jeugdhulp", "Stichting", "Praktijk", "Zorgboerderij", "Behandelcentrum", "Gezinshuis", "Team")


@dataclass
class Dataset:
    regions: dict[str, list[str]] = field(default_factory=dict)       # region → municipality codes
    products: list[tuple[str, str, str, str]] = field(default_factory=list)  # code, name, category, group
    providers: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)  # id, region, name
    entries: int = 0
    # entry, provider, product, municipality: the entries the freshness test updates
    sample_entries: list[tuple[uuid.UUID, uuid.UUID, str, str]] = field(default_factory=list)


def build(conn: psycopg.Connection, *, n_regions: int = 42, n_municipalities: int = 350, per_region: int = 12_000,
          n_products: int = 40, products_per_provider: int = 6, locations: int = 5, seed: int = 7,
          sample_rate: float = 0.002) -> Dataset:
    rnd = random.Random(seed)
    data = Dataset()
    real = list(regions().values())[:n_regions]
    for region in real:
        data.regions[region.code] = [m.code for m in region.municipalities]
    synthetic = n_municipalities - sum(len(v) for v in data.regions.values())
    extra_regions = n_regions - len(real)
    for i in range(extra_regions):
        share = synthetic // extra_regions + (1 if i < synthetic % extra_regions else 0)
        start = 5000 + sum(len(v) for code, v in data.regions.items() if code.startswith("R"))
        data.regions[f"R{i + 5:02d}"] = [f"{start + j:04d}" for j in range(share)]
    for n in range(n_products):
        category = CATEGORIES[n % len(CATEGORIES)]
        data.products.append((f"{category}B{n:02d}", f"{THEMES[n % len(THEMES)].capitalize()} {n // len(THEMES) + 1}",
                              category, GROUPS[n % len(GROUPS)]))
    vocabulary = list(specialisms())
    now = datetime.now(UTC)
    per_provider = products_per_provider * locations
    with conn.cursor() as cur:
        with cur.copy("COPY catalogue_versions (region_code, version) FROM STDIN") as copy:
            for code in data.regions:
                copy.write_row((code, 1))
        with cur.copy("COPY catalogue_products (region_code, code, name, description, category, product_group) "
                      "FROM STDIN") as copy:
            for code in data.regions:
                for product in data.products:
                    copy.write_row((code, product[0], product[1], f"{product[1]} in de regio", product[2], product[3]))
        provider_rows, line_rows, entry_rows = [], [], []
        for region_code, municipalities in data.regions.items():
            for p in range(per_region // per_provider):
                provider_id = uuid.UUID(int=rnd.getrandbits(128))
                name = f"{rnd.choice(KINDS)} {rnd.choice(WORDS)} {region_code}-{p}"
                stopped = "{x}" if rnd.random() < 0.03 else "{}"
                provider_rows.append((provider_id, region_code, name, "030-5550000", "info@example.nl", None,
                                      municipalities[0], stopped))
                data.providers.append((provider_id, region_code, name))
                contract_id = uuid.UUID(int=rnd.getrandbits(128))
                served = municipalities if rnd.random() < 0.7 else rnd.sample(municipalities,
                                                                                max(1, len(municipalities) // 2))
                for product in rnd.sample(data.products, products_per_provider):
                    for m in served:
                        line_rows.append((contract_id, product[0], m, provider_id, region_code, date(2026, 1, 1)))
                    for loc in range(locations):
                        entry_id = uuid.UUID(int=rnd.getrandbits(128))
                        intake = None if rnd.random() < 0.08 else min(104, int(rnd.expovariate(1 / 8)))
                        picked = sorted(set(rnd.sample(vocabulary, rnd.randint(0, 3))))
                        age_min = rnd.choice((0, 0, 4, 6, 12))
                        confirmed = now - timedelta(days=rnd.uniform(0, 20))
                        entry_rows.append((entry_id, provider_id, region_code, product[0], f"Locatie {loc + 1}",
                                           municipalities[loc % len(municipalities)], rnd.random() < 0.8, intake,
                                           None if intake is None else intake + rnd.randint(0, 8),
                                           rnd.randint(0, 4) if product[2] in ("43", "44", "46") else None,
                                           intake is not None and intake > 4,
                                           "Telefonisch contact" if intake and intake > 4 else None,
                                           age_min, rnd.choice((17, 18, 23)), "{" + ",".join(picked) + "}",
                                           True, confirmed))
                        if rnd.random() < sample_rate:
                            data.sample_entries.append((entry_id, provider_id, product[0], served[0]))
        _copy(cur, "providers (provider_id, region_code, name, phone, email, website, city, client_stops)",
              provider_rows)
        _copy(cur, "contract_lines (contract_id, product_code, municipality_code, provider_id, region_code, starts_on)",
              line_rows)
        _copy(cur, "entries (entry_id, provider_id, region_code, product_code, location_name, location_city, "
                   "accepting_new_clients, intake_wait_weeks, treatment_wait_weeks, free_places, bridging_offered, "
                   "bridging_description, age_min, age_max, specialisms, reported, last_confirmed_at)", entry_rows)
        data.entries = len(entry_rows)
    conn.commit()
    return data


def _copy(cur: psycopg.Cursor, target: str, rows: list[tuple]) -> None:
    with cur.copy(f"COPY {target} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
