"""Settings in one place. Every service subclasses `ServiceSettings`; values come from the
environment (or a `.env` file) and are checked at start-up so a bad value fails fast."""
from __future__ import annotations

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from zorgregio.urls import sqlalchemy_url


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    service_name: str = Field(description="Context name: admission, contracting, availability or monitoring")
    base_path: str = Field(description="API base path, e.g. /admission/api/v1")
    api_version: str = "1.0.0"
    port: int = 8000

    database_url: str = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    database_pool_size: int = 10
    # Requests a process works on at once (the threads of its sync routes; AnyIO's default is 40).
    # More threads than this only take turns at the GIL, and each needs a database connection.
    request_threads: int = Field(default=16, ge=1, le=200)

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    kafka_topic_partitions: int = 6
    kafka_allocation_partitions: int = 12
    kafka_replication_factor: int = 1
    # Services create missing topics at start-up (dev, test, one host); where topics are managed
    # (Strimzi KafkaTopic resources) this is switched off.
    kafka_create_topics: bool = True
    # A group join waits for the rebalance timeout; production keeps Kafka's default (5 min),
    # dev and test use a few seconds so consumers start promptly.
    kafka_max_poll_interval_ms: int = 300_000
    kafka_session_timeout_ms: int = 10_000
    relay_enabled: bool = True
    # How long the relay waits after a commit's NOTIFY for the rest of a burst (latency for batches).
    relay_linger_ms: int = Field(default=50, ge=0, le=1000)
    consumers_enabled: bool = True
    # Allocations of young objects between two runs of the cyclic garbage collector (CPython's
    # default is 700); see zorgregio.ops.memory.
    gc_young_threshold: int = Field(default=20_000, ge=700)
    consumer_max_attempts: int = 4
    consumer_backoff_seconds: float = 0.2

    token_issuer: str = "http://127.0.0.1:8010"
    token_audience: str = "zorgregio"
    jwks_url: str = "http://127.0.0.1:8010/jwks.json"
    jwks_cache_seconds: int = 300
    # An unknown key id refetches the JWKS (key rotation) at most once per this many seconds.
    jwks_refresh_cooldown_seconds: float = 30

    # The web app's origins in development (vite dev server and vite preview).
    cors_origins: list[str] = ["http://127.0.0.1:5173", "http://localhost:5173", "http://127.0.0.1:4173",
                               "http://localhost:4173"]
    log_level: str = "INFO"

    @field_validator("base_path")
    @classmethod
    def _base_path_shape(cls, value: str) -> str:
        if not value.startswith("/") or value.endswith("/"):
            raise ValueError("base_path must start with '/' and not end with '/'")
        return value

    @field_validator("database_url")
    @classmethod
    def _sqlalchemy_driver(cls, value: str) -> str:
        return sqlalchemy_url(value)

    @property
    def kafka_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap_servers.split(",") if s.strip()]
