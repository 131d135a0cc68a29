"""The demo data set `make dev` seeds: a small catalogue and a set of fictional providers,
shared so every service's seed agrees on codes and ids (`seed_id`)."""
from __future__ import annotations

from dataclasses import dataclass

from zorgregio.seed_ids import seed_id


@dataclass(frozen=True)
class DemoProduct:
    code: str
    name: str
    description: str
    category: str
    product_group: str
    unit: str
    funding_form: str
    residential: bool
    crucial_function: bool
    tariff_eur: str


PRODUCTS: tuple[DemoProduct, ...] = (
    DemoProduct("45A01", "Begeleiding individueel", "Hulp thuis of op school om zelfstandiger te worden.", "45",
                "Begeleiding individueel", "uur", "inspanningsgericht", False, False, "68.40"),
    DemoProduct("45A10", "Behandeling jeugd-GGZ ambulant", "Gesprekken en therapie bij psychische klachten.", "45",
                "Behandeling", "uur", "inspanningsgericht", False, False, "112.80"),
    DemoProduct("45A48", "Ouderschapsonderzoek", "Onderzoek naar de opvoedsituatie en wat ouders nodig hebben.",
                "45", "Behandeling", "stuk", "outputgericht", False, False, "2450.00"),
    DemoProduct("41A05", "Dagbehandeling groep", "Behandeling overdag in een groep, bijvoorbeeld na school.", "41",
                "Begeleiding groep", "dagdeel", "inspanningsgericht", False, False, "74.10"),
    DemoProduct("43A20", "Gezinshuis", "Wonen in een gezin met professionele opvoeders.", "43",
                "Verblijf/Wonen", "etmaal", "taakgericht", True, False, "182.50"),
    DemoProduct("44A15", "Logeeropvang", "Af en toe logeren zodat ouders even op adem komen.", "44",
                "Respijtopvang jeugd", "etmaal", "inspanningsgericht", False, False, "141.00"),
    DemoProduct("46A01", "Crisisopvang", "Direct een veilige plek bij acute onveiligheid.", "46",
                "Wonen en verblijf Crisis", "etmaal", "taakgericht", True, True, "298.00"),
    DemoProduct("42A01", "Vervoer naar dagbehandeling", "Vervoer van en naar behandeling of dagbesteding.", "42",
                "Vervoer plus", "stuk", "inspanningsgericht", False, False, "24.60"),
)


@dataclass(frozen=True)
class DemoProvider:
    name: str
    kvk_number: str
    agb_code: str
    region_code: str
    city: str
    phone: str
    product_codes: tuple[str, ...]
    main_contractor: str | None = None

    @property
    def id(self):
        return seed_id("provider", self.name)


PROVIDERS: tuple[DemoProvider, ...] = (
    DemoProvider("Jeugdhulp De Linde", "41234567", "98012345", "MIJOV", "Apeldoorn", "055-5550101",
                 ("45A01", "45A10", "41A05")),
    DemoProvider("Stichting Kompas Jeugd", "52345678", "98023456", "MIJOV", "Zutphen", "0575-555020",
                 ("45A01", "45A48", "44A15")),
    DemoProvider("Gezinshuis Het Anker", "63456789", "98034567", "MIJOV", "Epe", "0578-555030", ("43A20",),
                 main_contractor="Stichting Kompas Jeugd"),
    DemoProvider("Crisisopvang De Brug", "74567890", "98045678", "MIJOV", "Apeldoorn", "055-5550404",
                 ("46A01", "43A20")),
    DemoProvider("Praktijk Boomhut", "85678901", "98056789", "ZOU", "Zeist", "030-5550505", ("45A10", "45A48")),
    DemoProvider("Zorgboerderij De Hoeve", "96789012", "98067890", "ZOU", "Wijk bij Duurstede", "0343-555060",
                 ("41A05", "44A15", "42A01")),
    DemoProvider("Jeugd-GGZ Heuvelrug", "17890123", "98078901", "ZOU", "Driebergen", "0343-555070",
                 ("45A10", "45A01")),
    DemoProvider("Ambulant Team Veluwe", "28901234", "98089012", "NV", "Harderwijk", "0341-555080",
                 ("45A01", "45A10", "45A48")),
    DemoProvider("Orthopedagogisch Centrum IJsselkant", "39012345", "98090123", "NV", "Elburg", "0525-555090",
                 ("41A05", "43A20", "46A01")),
    DemoProvider("Behandelpraktijk Kleurrijk", "40123456", "98101234", "CG", "Arnhem", "026-5550110",
                 ("45A10", "45A48", "45A01")),
    DemoProvider("Stichting Samen Sterk", "51234567", "98112345", "CG", "Zevenaar", "0316-555120",
                 ("45A01", "44A15", "41A05")),
    DemoProvider("Vervoersdienst Jeugd Oost", "62345678", "98123456", "CG", "Duiven", "0316-555130", ("42A01",)),
)
