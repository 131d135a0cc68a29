"""Product catalogue rules: product codes and what changes a product may undergo."""
from __future__ import annotations

import re

from contract_service.domain.errors import Refused
from contract_service.domain.ijw import category_exists

PRODUCT_CODE = re.compile(r"^(\d{2})[A-Z0-9]{3}$")
FUNDING_FORMS = ("inspanningsgericht", "taakgericht", "outputgericht")


def check_product_code(code: str, category: str) -> None:
    match = PRODUCT_CODE.match(code)
    if not match:
        raise Refused("invalid-product-code", "Een productcode is een iJw-categorie (2 cijfers) plus 3 tekens.",
                      "code")
    if not category_exists(category):
        raise Refused("unknown-category", f"iJw-productcategorie {category} bestaat niet.", "category")
    if match.group(1) != category:
        raise Refused("category-mismatch", f"De productcode {code} begint niet met categorie {category}.", "code")
