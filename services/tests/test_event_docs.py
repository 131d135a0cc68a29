"""The event catalogue and its documentation stay in step, and events carry no personal data."""
from __future__ import annotations

from pathlib import Path

import yaml
from zorgregio.events import all_event_classes, event_class
from zorgregio.events.asyncapi import asyncapi_document

DOCS = Path(__file__).resolve().parents[2] / "docs"
PERSONAL_FIELDS = {"bsn", "client_name", "name_of_client", "birth_date", "date_of_birth", "address"}


def test_asyncapi_document_is_current():
    """docs/asyncapi.yaml is generated (`make asyncapi`); a changed event needs it regenerated."""
    assert yaml.safe_load((DOCS / "asyncapi.yaml").read_text()) == yaml.safe_load(
        yaml.safe_dump(asyncapi_document(), sort_keys=False, allow_unicode=True))


def test_every_event_type_is_unique_versioned_and_documented():
    types = [cls.event_type for cls in all_event_classes()]
    assert len(types) == len(set(types))
    channels = asyncapi_document()["components"]["messages"]
    for cls in all_event_classes():
        assert cls.event_type.startswith("nl.zorgregio.") and cls.event_type.endswith(".v1")
        assert event_class(cls.event_type) is cls
        assert channels[cls.__name__]["name"] == cls.event_type
        assert (DOCS / "events" / f"{cls.__name__}.schema.json").exists()


def test_no_event_has_a_personal_data_field():
    for cls in all_event_classes():
        assert not PERSONAL_FIELDS & set(cls.model_fields), cls.__name__
