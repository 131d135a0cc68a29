"""Client vault: AES-GCM with key ids (rotation), keyed BSN hash and pseudonym; settings fail fast."""
from __future__ import annotations

import base64
import os

import pytest
from contract_service.adapters.crypto import ClientVault
from contract_service.config import Settings
from cryptography.exceptions import InvalidTag
from pydantic import ValidationError

CLIENT = {"bsn": "111222333", "name": "Sanne", "birthDate": "2014-03-02"}


def key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def test_encrypt_decrypt_bound_to_context():
    vault = ClientVault.from_settings(Settings())
    blob = vault.encrypt(CLIENT, "allocation-1")
    assert b"111222333" not in blob and b"Sanne" not in blob and blob.startswith(b"k1.")
    assert vault.decrypt(blob, "allocation-1") == CLIENT
    with pytest.raises(InvalidTag):
        vault.decrypt(blob, "allocation-2")


def test_rotation_keeps_old_rows_readable():
    old_key = key()
    old = ClientVault.from_settings(Settings(data_encryption_key=old_key, data_encryption_key_id="2025"))
    blob = old.encrypt(CLIENT, "a")
    new = ClientVault.from_settings(Settings(data_encryption_key=key(), data_encryption_key_id="2026",
                                             data_encryption_retired_keys={"2025": old_key}))
    assert new.decrypt(blob, "a") == CLIENT
    assert ClientVault.key_id_of(new.encrypt(CLIENT, "a")) == "2026"


def test_hash_and_pseudonym_are_keyed_and_separate():
    vault = ClientVault.from_settings(Settings())
    other = ClientVault.from_settings(Settings(pseudonym_key=key(), bsn_lookup_key=key()))
    assert vault.bsn_hash("111222333") == vault.bsn_hash("111222333") != other.bsn_hash("111222333")
    assert vault.pseudonym("111222333", "ZOU") != vault.pseudonym("111222333", "NV")
    assert vault.pseudonym("111222333", "ZOU") != vault.bsn_hash("111222333")
    assert vault.pseudonym("111222333", "ZOU") != other.pseudonym("111222333", "ZOU")


def test_settings_fail_fast_outside_development():
    with pytest.raises(ValidationError, match="data_encryption_key must be set"):
        Settings(environment="production")
    with pytest.raises(ValidationError, match="32 bytes"):
        Settings(data_encryption_key=base64.b64encode(b"short").decode())
    Settings(environment="production", data_encryption_key=key(), bsn_lookup_key=key(), pseudonym_key=key())
