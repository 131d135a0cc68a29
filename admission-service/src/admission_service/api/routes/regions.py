"""The admission rules of a region (configuration data), for the web app and integrators."""
from __future__ import annotations

from fastapi import APIRouter

from admission_service.api.deps import AnyUser, operation_id, problems
from admission_service.api.schemas import RegionCode, RegionRulesPublic
from admission_service.catalogue import product_groups, rules_for

router = APIRouter(tags=["regions"], generate_unique_id_function=operation_id)


@router.get("/regions/{region_code}/admission-rules", response_model=RegionRulesPublic, responses=problems(422),
            summary="The region's admission rules and the product groups one can apply for")
def get_admission_rules(region_code: RegionCode, principal: AnyUser) -> dict:
    rules = rules_for(region_code)
    return {"region_code": rules.code, "max_dialogue_sessions": rules.max_dialogue_sessions,
            "evidence_expiry_warning_days": rules.evidence_expiry_warning_days,
            "subcontractors_allowed": rules.subcontractors_allowed,
            "municipality_codes": list(rules.municipality_codes),
            "product_groups": {group: sorted(c for c, g in product_groups().items() if g == group)
                               for group in sorted(set(product_groups().values()))}}
