"""Rotating the data encryption key: old rows stay readable, the re-encrypt job moves them."""
from __future__ import annotations

import base64
import os

from conftest import allocation_body
from contract_service.adapters.crypto import ClientVault
from contract_service.config import Settings
from contract_service.reencrypt import reencrypt
from sqlalchemy import text


def test_reencrypt_moves_rows_to_the_new_key(api, contracted, svc):
    provider = contracted()
    allocation_id = api.post("/allocations", allocation_body(provider), headers=api.access()).json()["id"]
    old = svc.runtime.settings
    new_key = base64.b64encode(os.urandom(32)).decode()
    rotated = ClientVault.from_settings(Settings(
        data_encryption_key=new_key, data_encryption_key_id="k2",
        data_encryption_retired_keys={"k1": old.data_encryption_key}))
    assert reencrypt(svc.runtime.engine, rotated) >= 1
    with svc.runtime.engine.connect() as conn:
        blobs = conn.execute(text("SELECT id, client_blob FROM allocations")).all()
    assert all(bytes(b).startswith(b"k2.") for _, b in blobs)
    mine = next(bytes(b) for i, b in blobs if str(i) == allocation_id)
    assert rotated.decrypt(mine, allocation_id)["name"] == "Sanne de Vries"
    assert reencrypt(svc.runtime.engine, rotated) == 0
    # put the rows back under k1 for the other tests of this session
    assert reencrypt(svc.runtime.engine, ClientVault.from_settings(Settings(
        data_encryption_key=old.data_encryption_key, data_encryption_key_id="k1",
        data_encryption_retired_keys={"k2": new_key}))) >= 1
