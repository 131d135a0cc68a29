"""Settings of the admission service."""
from __future__ import annotations

from pydantic import Field
from zorgregio.config import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "admission"
    base_path: str = "/admission/api/v1"
    port: int = 8001

    # Evidence documents are stored in the database; larger uploads are refused (413).
    evidence_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    # How often the expiring-evidence scan runs; how far ahead it looks comes from the region rules
    # (data/regions.json, `evidenceExpiryWarningDays`).
    evidence_expiry_scan_seconds: float = Field(default=3600.0, gt=0)
