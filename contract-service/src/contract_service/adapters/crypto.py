"""Client data at rest and on the bus.

- Client details are encrypted with AES-GCM; the stored blob starts with the key id, so keys
  rotate without rewriting rows at once (old ids stay readable from the retired keys).
- A BSN is found through a keyed hash (HMAC-SHA256 with `bsn_lookup_key`).
- Events carry only a pseudonym: HMAC-SHA256 with a separate `pseudonym_key` over region and
  BSN, stable per client and region and meaningless without the key."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from contract_service.config import Settings, decode_key

_SEP = b"."


@dataclass(frozen=True)
class ClientVault:
    active_key_id: str
    keys: dict[str, AESGCM]
    lookup_key: bytes
    pseudonym_key: bytes

    @classmethod
    def from_settings(cls, settings: Settings) -> ClientVault:
        keys = {kid: AESGCM(decode_key(v, kid)) for kid, v in settings.data_encryption_retired_keys.items()}
        keys[settings.data_encryption_key_id] = AESGCM(decode_key(settings.data_encryption_key, "data_encryption_key"))
        return cls(settings.data_encryption_key_id, keys, decode_key(settings.bsn_lookup_key, "bsn_lookup_key"),
                   decode_key(settings.pseudonym_key, "pseudonym_key"))

    def encrypt(self, details: dict[str, Any], context: str) -> bytes:
        """`context` (the allocation id) is bound as associated data: a blob copied to another row fails."""
        nonce = os.urandom(12)
        plaintext = json.dumps(details, separators=(",", ":")).encode()
        sealed = self.keys[self.active_key_id].encrypt(nonce, plaintext, context.encode())
        return self.active_key_id.encode() + _SEP + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> dict[str, Any]:
        key_id, rest = bytes(blob).split(_SEP, 1)
        return json.loads(self.keys[key_id.decode()].decrypt(rest[:12], rest[12:], context.encode()))

    @staticmethod
    def key_id_of(blob: bytes) -> str:
        return bytes(blob).split(_SEP, 1)[0].decode()

    def bsn_hash(self, bsn: str) -> str:
        return hmac.new(self.lookup_key, bsn.encode(), hashlib.sha256).hexdigest()

    def pseudonym(self, bsn: str, region_code: str) -> str:
        return hmac.new(self.pseudonym_key, f"{region_code}:{bsn}".encode(), hashlib.sha256).hexdigest()
