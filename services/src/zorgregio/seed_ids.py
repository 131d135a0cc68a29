"""Deterministic ids for seed data, so every service's seed agrees on who is who."""
from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6b1f0c1e-6a41-4f1e-9d0a-2f5c2a9e7d10")


def seed_id(kind: str, natural_key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{natural_key}")
