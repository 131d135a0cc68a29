"""The development issuer's signing keys: RSA keys kept as PEM files in a folder, newest
first. `rotate()` adds a key; the JWKS keeps serving the older ones so tokens already issued
stay valid, and verifiers pick the new key up when they meet its `kid`."""
from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

DEFAULT_KEY_DIR = Path(os.environ.get("ZORGREGIO_DEV_KEYS", ".zorgregio/dev-keys"))


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: RSAPrivateKey

    def public_jwk(self) -> dict[str, Any]:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.private_key.public_key()))
        return {**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}


class DevKeyStore:
    def __init__(self, folder: Path = DEFAULT_KEY_DIR) -> None:
        self.folder = folder

    def keys(self) -> list[SigningKey]:
        """All keys, newest first; creates the first key when there is none."""
        if not self._files():
            self.rotate()
        return [self._load(path) for path in self._files()]

    def current(self) -> SigningKey:
        return self.keys()[0]

    def rotate(self) -> SigningKey:
        self.folder.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        kid = f"{int(time.time() * 1000):015d}-{uuid.uuid4().hex[:8]}"
        path = self.folder / f"{kid}.pem"
        path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
        path.chmod(0o600)
        return SigningKey(kid, key)

    def jwks(self) -> dict[str, Any]:
        return {"keys": [key.public_jwk() for key in self.keys()]}

    def sign(self, claims: dict[str, Any]) -> str:
        key = self.current()
        return jwt.encode(claims, key.private_key, algorithm="RS256", headers={"kid": key.kid})

    def _files(self) -> list[Path]:
        return sorted(self.folder.glob("*.pem"), reverse=True) if self.folder.exists() else []

    @staticmethod
    def _load(path: Path) -> SigningKey:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, RSAPrivateKey)
        return SigningKey(path.stem, key)


def token_claims(*, issuer: str, audience: str, role: str, subject: str | None = None,
                 provider_id: str | None = None, municipality_code: str | None = None,
                 region_code: str | None = None, name: str | None = None, lifetime_seconds: int = 3600,
                 issued_at: int | None = None) -> dict[str, Any]:
    now = issued_at if issued_at is not None else int(time.time())
    claims: dict[str, Any] = {
        "iss": issuer, "aud": audience, "sub": subject or f"dev-{role}-{uuid.uuid4().hex[:8]}",
        "iat": now, "exp": now + lifetime_seconds, "role": role,
        "name": name or f"Ontwikkelaar ({role})",
    }
    for claim, value in (("providerId", provider_id), ("municipalityCode", municipality_code),
                         ("regionCode", region_code)):
        if value:
            claims[claim] = value
    return claims
