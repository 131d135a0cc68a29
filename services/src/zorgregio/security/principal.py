"""Who is calling, with the scope their role is bound to."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID


class Role(StrEnum):
    REFERRER = "referrer"
    PROVIDER = "provider"
    ACCESS_TEAM = "access_team"
    BACKOFFICE = "backoffice"
    REGION_ASSESSOR = "region_assessor"
    REGION_CONTRACT_MANAGER = "region_contract_manager"
    REGION_ANALYST = "region_analyst"
    ADMIN = "admin"


REGION_ROLES = frozenset({Role.REGION_ASSESSOR, Role.REGION_CONTRACT_MANAGER, Role.REGION_ANALYST})
MUNICIPALITY_ROLES = frozenset({Role.ACCESS_TEAM, Role.BACKOFFICE})


@dataclass(frozen=True)
class Principal:
    subject: str
    role: Role
    name: str | None = None
    provider_id: UUID | None = None
    municipality_code: str | None = None
    region_code: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def may_act_for_provider(self, provider_id: UUID) -> bool:
        return self.is_admin or (self.role is Role.PROVIDER and self.provider_id == provider_id)

    def may_act_for_municipality(self, municipality_code: str) -> bool:
        return self.is_admin or (self.role in MUNICIPALITY_ROLES and self.municipality_code == municipality_code)

    def may_act_for_region(self, region_code: str) -> bool:
        return self.is_admin or (self.role in REGION_ROLES and self.region_code == region_code)

    def scope_problem(self) -> str | None:
        """Why the token's claims do not fit its role, or None when they do."""
        if self.role is Role.PROVIDER and self.provider_id is None:
            return "a provider token needs a providerId claim"
        if self.role in MUNICIPALITY_ROLES and not self.municipality_code:
            return f"a {self.role.value} token needs a municipalityCode claim"
        if self.role in REGION_ROLES and not self.region_code:
            return f"a {self.role.value} token needs a regionCode claim"
        return None
