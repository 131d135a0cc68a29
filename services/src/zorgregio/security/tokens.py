"""Token verification against a JWKS, with key caching and refetch on an unknown key id
(so the issuer can rotate keys without restarting the services)."""
from __future__ import annotations

import time
import uuid

import jwt
from jwt import PyJWKClient

from zorgregio.api.problems import Unauthorized
from zorgregio.config import ServiceSettings
from zorgregio.security.principal import Principal, Role


class TokenVerifier:
    """Checks tokens and remembers the ones it accepted until their `exp` (at most
    `cache_seconds`): a client sends the same token with every request, and the RSA check is
    the largest CPU cost of a request after the database."""

    def __init__(self, settings: ServiceSettings, cache_seconds: float = 60.0, cache_size: int = 10_000) -> None:
        self._cache_seconds, self._cache_size = cache_seconds, cache_size
        self._accepted: dict[str, tuple[float, Principal]] = {}
        self._issuer = settings.token_issuer
        self._audience = settings.token_audience
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True, lifespan=settings.jwks_cache_seconds,
                                 timeout=5, cooldown_duration=settings.jwks_refresh_cooldown_seconds)

    def verify(self, token: str) -> Principal:
        now = time.time()
        cached = self._accepted.get(token)
        if cached is not None and cached[0] > now:
            return cached[1]
        claims = self._claims(token)
        principal = _principal(claims)
        if len(self._accepted) >= self._cache_size:
            self._accepted.clear()
        self._accepted[token] = (min(float(claims["exp"]), now + self._cache_seconds), principal)
        return principal

    def _claims(self, token: str) -> dict:
        try:
            key = self._jwks.get_signing_key_from_jwt(token)
            claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=self._audience,
                                issuer=self._issuer, options={"require": ["exp", "iat", "sub", "iss", "aud"]},
                                leeway=10)
        except jwt.ExpiredSignatureError:
            raise Unauthorized("Het token is verlopen.", code="token-expired") from None
        except jwt.InvalidAudienceError:
            raise Unauthorized("Het token is niet voor deze dienst bedoeld (audience).", code="token-audience") from None
        except jwt.PyJWKClientError as exc:
            raise Unauthorized(f"De sleutel van het token is onbekend: {exc}", code="token-key") from None
        except jwt.InvalidTokenError as exc:
            raise Unauthorized(f"Het token is ongeldig: {exc}", code="token-invalid") from None
        return claims


def _principal(claims: dict) -> Principal:
    try:
        role = Role(claims.get("role"))
        provider_id = uuid.UUID(claims["providerId"]) if claims.get("providerId") else None
    except ValueError:
        raise Unauthorized("Het token bevat geen geldige rol of providerId.", code="token-claims") from None
    return Principal(subject=str(claims["sub"]), role=role, name=claims.get("name"), provider_id=provider_id,
                     municipality_code=claims.get("municipalityCode"), region_code=claims.get("regionCode"))
