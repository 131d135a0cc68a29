"""Settings of the contracting service.

Key material for client data: `data_encryption_key` (base64, 32 bytes) encrypts client details
(AES-GCM) under `data_encryption_key_id`; `data_encryption_retired_keys` (id → base64) keeps
older keys readable after a rotation. `bsn_lookup_key` keys the BSN search hash and
`pseudonym_key` the pseudonym in events. Outside development every key must be set."""
from __future__ import annotations

import base64
import binascii
import hashlib

from pydantic import model_validator
from zorgregio.config import ServiceSettings

_KEY_FIELDS = ("data_encryption_key", "bsn_lookup_key", "pseudonym_key")


def dev_key(purpose: str) -> str:
    """A deterministic development key; only ever used when `environment == "development"`."""
    return base64.b64encode(hashlib.sha256(f"zorgregio-dev-only:{purpose}".encode()).digest()).decode()


def decode_key(value: str, name: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{name} must be base64") from None
    if len(raw) != 32:
        raise ValueError(f"{name} must decode to 32 bytes, got {len(raw)}")
    return raw


class Settings(ServiceSettings):
    service_name: str = "contracting"
    base_path: str = "/contracting/api/v1"
    port: int = 8002
    environment: str = "development"

    data_encryption_key: str | None = None
    data_encryption_key_id: str = "k1"
    data_encryption_retired_keys: dict[str, str] = {}
    bsn_lookup_key: str | None = None
    pseudonym_key: str | None = None

    # Framework agreements: term in years and one-year extension options (regions differ).
    framework_term_years: int = 3
    framework_extension_options: int = 3
    change_feed_interval_seconds: float = 0.25
    # A ping on every pool checkout costs a round trip per transaction on the allocation hot path;
    # without it a dropped connection fails one request (retried under its Idempotency-Key) and
    # the pool is invalidated. Connections are recycled after `database_pool_recycle_seconds`.
    database_pre_ping: bool = False
    database_pool_recycle_seconds: int = 1800

    @model_validator(mode="after")
    def _keys(self) -> Settings:
        for name in _KEY_FIELDS:
            if getattr(self, name) is None:
                if self.environment != "development":
                    raise ValueError(f"{name} must be set when environment is {self.environment!r}")
                setattr(self, name, dev_key(name))
            decode_key(getattr(self, name), name)
        for key_id, value in self.data_encryption_retired_keys.items():
            decode_key(value, f"data_encryption_retired_keys[{key_id}]")
        if len({self.data_encryption_key, self.bsn_lookup_key, self.pseudonym_key}) != 3:
            raise ValueError("data_encryption_key, bsn_lookup_key and pseudonym_key must differ")
        return self
