"""An allocation in the shape of an iJw 3.2 JW301 message (toewijzingbericht): header,
client and one toegewezen product. JSON with the iJw element names in camelCase; the XML
rendering for the GGK is the back office's concern."""
from __future__ import annotations

from datetime import date

from contract_service.adapters import orm
from contract_service.api.schemas_allocations import AllocationPublic
from contract_service.domain import ijw

BERICHT_CODE = "436"  # JW301
VERSION = ("3", "2")


def jw301_message(row: orm.Allocation, allocation: AllocationPublic, contract: orm.Contract | None,
                  today: date) -> dict:
    client = allocation.client
    return {
        "header": {
            "berichtCode": BERICHT_CODE, "berichtVersie": VERSION[0], "berichtSubversie": VERSION[1],
            "afzender": row.municipality_code,
            "ontvanger": contract.provider_agb if contract and contract.provider_agb else str(row.provider_id),
            "identificatie": f"{row.number}-{row.change_seq or 0}", "dagtekening": today.isoformat(),
        },
        "client": {
            "bsn": client.bsn,
            "geboortedatum": {"datum": client.birth_date.isoformat(), "datumGebruik": "1"},
            "naam": {"geslachtsnaam": {"achternaam": client.name}},
        },
        "toegewezenProduct": {
            "toewijzingNummer": str(row.number),
            "product": {"categorie": row.product_category, "code": row.product_code},
            "toewijzingIngangsdatum": row.start_date.isoformat(),
            "toewijzingDatumTijd": row.issued_at.isoformat(),
            "ingangsdatum": row.start_date.isoformat(),
            "einddatum": row.end_date.isoformat() if row.end_date else None,
            "redenWijziging": _change_reason(row),
            "omvang": {"volume": str(row.volume_amount), "eenheid": ijw.unit_code(row.volume_unit),
                       "frequentie": ijw.frequency_code(row.volume_frequency)},
            "verwijzer": {"type": row.referrer_type},
            "raamcontract": "1" if contract and contract.kind == "framework" else "2",
        },
    }


def _change_reason(row: orm.Allocation) -> str | None:
    """iJw reden wijziging (COD467): 01 administratieve correctie, 02 budgetwijziging, 03 toewijzing
    intrekken/ingetrokken, 04 einddatum gewijzigd (approximation; check the code list)."""
    if row.status == "withdrawn":
        return "03"
    if row.status == "ended":
        return "04"
    return None
