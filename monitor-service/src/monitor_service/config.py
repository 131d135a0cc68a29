"""Settings of the monitoring service."""
from __future__ import annotations

from pydantic import Field
from zorgregio.config import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "monitoring"
    base_path: str = "/monitoring/api/v1"
    port: int = 8004

    public_url: str = Field("http://127.0.0.1:8080", description="Where back offices reach the platform's APIs")
    delivery_poll_seconds: float = Field(0.5, gt=0, description="How often the delivery worker looks for work")
    delivery_backoff_seconds: float = Field(2.0, gt=0, description="First retry delay; doubles per attempt")
    delivery_backoff_max_seconds: float = Field(3600.0, gt=0)
    delivery_max_attempts: int = Field(10, ge=1, description="A delivery is given up after this many attempts")
    delivery_timeout_seconds: float = Field(5.0, gt=0)
    subscription_pause_after: int = Field(5, ge=1, description="Consecutive failures that pause a subscription")
    signal_interval_seconds: float = Field(300.0, gt=0, description="How often norms are checked")
