"""Bearer tokens (JWT, RS256) checked against the issuer's JWKS; roles and their scopes."""
from zorgregio.security.principal import Principal, Role

__all__ = ["Principal", "Role"]
