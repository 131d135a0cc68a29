"""The four services of the platform: package, port, base path and database name."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceInfo:
    name: str
    package: str
    folder: str
    port: int
    base_path: str
    database: str


SERVICES: dict[str, ServiceInfo] = {
    info.name: info
    for info in (
        ServiceInfo("admission", "admission_service", "admission-service", 8001, "/admission/api/v1",
                    "zorgregio_admission"),
        ServiceInfo("contracting", "contract_service", "contract-service", 8002, "/contracting/api/v1",
                    "zorgregio_contracting"),
        ServiceInfo("availability", "availability_service", "availability-service", 8003,
                    "/availability/api/v1", "zorgregio_availability"),
        ServiceInfo("monitoring", "monitor_service", "monitor-service", 8004, "/monitoring/api/v1",
                    "zorgregio_monitoring"),
    )
}
