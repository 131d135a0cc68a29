"""The domain model without a database: identifiers, windows, the workflow, files, enforcement."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from admission_service.catalogue import product_groups, region_rules
from admission_service.domain import application as workflow
from admission_service.domain.application import Status, Verdict
from admission_service.domain.enforcement import EnforcementKind, impose
from admission_service.domain.errors import InvalidTransition, Kind, RuleViolation
from admission_service.domain.evidence import accept_document, detect_media_type
from admission_service.domain.model import (
    Actor,
    ClosedProductGroup,
    EvidenceType,
    IntakeWindow,
    Layer,
    Provider,
    Requirement,
    WindowKind,
)

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
TODAY = NOW.date()
WHO = Actor("tester", "region_assessor")
MIJOV = region_rules()["MIJOV"].municipality_codes


def window(opens=date(2026, 11, 1), closes=date(2026, 12, 31), kind=WindowKind.REGULAR, group=None):
    return IntakeWindow(uuid.uuid4(), "MIJOV", opens, closes, kind, group)


def submit(**overrides):
    values = {"application_id": uuid.uuid4(), "provider_id": uuid.uuid4(), "region_code": "MIJOV",
                  "product_codes": ["45A10"], "product_groups": [], "municipality_codes": ["0200", "0213"],
                  "region_municipalities": MIJOV, "catalogue": product_groups(), "windows": [window()], "closed": [],
                  "on": TODAY, "actor": WHO, "at": NOW}
    return workflow.submit(**{**values, **overrides})


@pytest.mark.parametrize("kvk,agb,code", [("1234567", "12345678", "invalid-kvk-number"),
                                          ("12345678", "1234567a", "invalid-agb-code")])
def test_provider_identifiers_are_eight_digits(kvk, agb, code):
    with pytest.raises(RuleViolation) as error:
        Provider(uuid.uuid4(), "X", kvk, agb)
    assert error.value.code == code


def test_window_closed_and_interim_only_for_its_group():
    with pytest.raises(RuleViolation, match="geen toetredingsmoment") as error:
        submit(windows=[window(date(2026, 3, 1), date(2026, 4, 30))])
    assert error.value.code == "intake-window-closed"
    interim = window(kind=WindowKind.INTERIM, group="Verblijf/Wonen")
    assert submit(windows=[interim], product_codes=["43A20"]).status is Status.SUBMITTED
    with pytest.raises(RuleViolation):
        submit(windows=[interim], product_codes=["45A10"])


def test_closed_group_in_a_municipality_refuses():
    closed = ClosedProductGroup(uuid.uuid4(), "MIJOV", "0213", "Behandeling", TODAY, "voldoende aanbod")
    with pytest.raises(RuleViolation) as error:
        submit(closed=[closed])
    assert error.value.code == "product-group-closed" and "0213" in error.value.reason
    assert submit(closed=[closed], municipality_codes=["0200"]).status is Status.SUBMITTED


def test_municipality_outside_region_refused():
    with pytest.raises(RuleViolation, match="horen niet bij"):
        submit(municipality_codes=["0202"])


def test_workflow_order_and_requirements():
    app = submit()
    reqs = [Requirement(uuid.uuid4(), "MIJOV", "G", "g", Layer.GENERAL, EvidenceType.KVK_EXTRACT),
            Requirement(uuid.uuid4(), "MIJOV", "B", "b", Layer.PRODUCT_GROUP, EvidenceType.BIG_REGISTRATION,
                        True, "Behandeling"),
            Requirement(uuid.uuid4(), "MIJOV", "W", "w", Layer.PRODUCT_GROUP, EvidenceType.DIPLOMAS, False,
                        "Verblijf/Wonen")]
    applicable = app.applicable_requirements(reqs, product_groups())
    assert applicable == ["B", "G"]
    with pytest.raises(InvalidTransition) as error:
        app.admit([], TODAY, WHO, NOW)
    assert error.value.current == "submitted" and error.value.kind is Kind.CONFLICT
    app.start_screening(WHO, NOW)
    app.record_verdict("G", Verdict.APPROVED, "", applicable, WHO, NOW)
    app.record_verdict("B", Verdict.REJECTED, "BIG-registratie ontbreekt", applicable, WHO, NOW)
    with pytest.raises(RuleViolation, match="B"):
        app.move_to_dialogue(applicable, WHO, NOW)
    app.record_verdict("B", Verdict.APPROVED, "", applicable, WHO, NOW)
    app.move_to_dialogue(applicable, WHO, NOW)
    for _ in range(4):
        app.record_dialogue_session(uuid.uuid4(), TODAY, "", 4, WHO, NOW)
    with pytest.raises(RuleViolation) as error:
        app.record_dialogue_session(uuid.uuid4(), TODAY, "", 4, WHO, NOW)
    assert error.value.code == "max-dialogue-sessions"
    app.admit(["voldoet"], TODAY, WHO, NOW)
    assert app.status is Status.ADMITTED
    assert [s.action for s in app.new_steps][:2] == ["submit", "start_screening"]
    with pytest.raises(InvalidTransition):
        app.withdraw("", WHO, NOW)


def test_product_group_application_admits_every_product_of_the_group():
    app = submit(product_codes=[], product_groups=["Behandeling"])
    assert app.admitted_products(product_groups()) == ["45A10", "45A48"]


def test_files_are_recognised_by_content():
    assert detect_media_type(b"%PDF-1.4 ...") == "application/pdf"
    assert detect_media_type(b"\xff\xd8\xff\xe0....") == "image/jpeg"
    assert detect_media_type(b"MZ\x90\x00 executable") is None
    base = {"evidence_id": uuid.uuid4(), "application_id": uuid.uuid4(), "requirement_code": "G",
                "evidence_type": "vog", "expires": False, "filename": "x.pdf", "max_bytes": 100, "valid_until": None,
                "today": TODAY, "actor": WHO, "at": NOW}
    with pytest.raises(RuleViolation) as error:
        accept_document(content=b"MZ\x90\x00", **base)
    assert error.value.kind is Kind.MEDIA_TYPE
    with pytest.raises(RuleViolation) as error:
        accept_document(content=b"%PDF-" + b"x" * 200, **base)
    assert error.value.kind is Kind.TOO_LARGE
    evidence = accept_document(content=b"%PDF-1.7", **base)
    assert len(evidence.sha256) == 64 and evidence.media_type == "application/pdf"
    with pytest.raises(RuleViolation, match="einddatum"):
        accept_document(content=b"%PDF-1.7", **{**base, "expires": True})


def test_enforcement_rules():
    common = {"enforcement_id": uuid.uuid4(), "provider_id": uuid.uuid4(), "region_code": "MIJOV", "starts_on": TODAY,
                  "reason": "r", "ends_on": None, "municipality_codes": [], "admitted_municipalities": {"0200"}, "active": [],
                  "actor": WHO, "at": NOW}
    with pytest.raises(RuleViolation, match="bedrag"):
        impose(kind=EnforcementKind.ADMINISTRATIVE_FINE, amount=None, **common)
    fine = impose(kind=EnforcementKind.ADMINISTRATIVE_FINE, amount=Decimal(2500), **common)
    with pytest.raises(RuleViolation, match="niet worden opgeheven"):
        fine.lift(TODAY, "x", WHO)
    stop = impose(kind=EnforcementKind.CLIENT_STOP, amount=None, **common)
    with pytest.raises(RuleViolation) as error:
        impose(kind=EnforcementKind.CLIENT_STOP, amount=None, **{**common, "active": [stop]})
    assert error.value.kind is Kind.CONFLICT
    stop.lift(TODAY, "verbeterd", WHO)
    assert not stop.active
    with pytest.raises(RuleViolation, match="niet toegelaten"):
        impose(kind=EnforcementKind.EXIT, amount=None, **{**common, "admitted_municipalities": set()})


def test_region_rules_are_configuration():
    assert region_rules()["MIJOV"].max_dialogue_sessions == 4
    assert set(region_rules()) == {"MIJOV", "CG", "NV", "ZOU"}
