"""Settings of the availability service."""
from __future__ import annotations

from pydantic import Field
from zorgregio.config import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "availability"
    base_path: str = "/availability/api/v1"
    port: int = 8003
    stale_job_seconds: float = Field(300.0, gt=0, description="How often stale entries are looked for")
    gap_job_seconds: float = Field(900.0, gt=0, description="How often supply gaps are looked for")
    refresh_job_seconds: float = Field(3600.0, gt=0, description="How often date-driven changes are applied")
    search_cache_enabled: bool = True
