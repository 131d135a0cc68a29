"""The development issuer: discovery, JWKS, and the authorization-code flow with PKCE that the
web app's sign-in uses; its tokens are accepted by a service's token verifier."""
from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from zorgregio.api.problems import Unauthorized
from zorgregio.config import ServiceSettings
from zorgregio.security.principal import Role
from zorgregio.security.tokens import TokenVerifier


def verifier_for(issuer) -> TokenVerifier:
    return TokenVerifier(ServiceSettings(service_name="t", base_path="/t", token_issuer=issuer.url,
                                         jwks_url=issuer.jwks_url, jwks_refresh_cooldown_seconds=0))


def test_discovery_and_jwks(issuer):
    config = httpx.get(f"{issuer.url}/.well-known/openid-configuration").json()
    assert config["issuer"] == issuer.url and config["code_challenge_methods_supported"] == ["S256"]
    keys = httpx.get(config["jwks_uri"]).json()["keys"]
    assert keys and all(k["kty"] == "RSA" and k["alg"] == "RS256" and "d" not in k for k in keys)


def test_authorization_code_flow_with_pkce(issuer):
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = "http://127.0.0.1:5173/aanmelden/callback"
    page = httpx.get(f"{issuer.url}/authorize", params={"client_id": "zorgregio-web", "redirect_uri": redirect,
                                                        "code_challenge": challenge, "code_challenge_method": "S256",
                                                        "response_type": "code", "state": "s1"})
    assert page.status_code == 200 and 'lang="nl"' in page.text and '<label for="role">' in page.text
    answer = httpx.post(f"{issuer.url}/authorize", data={
        "client_id": "zorgregio-web", "redirect_uri": redirect, "code_challenge": challenge, "state": "s1",
        "role": "access_team", "municipalityCode": "0355"})
    assert answer.status_code == 303
    query = parse_qs(urlparse(answer.headers["location"]).query)
    assert query["state"] == ["s1"]
    form = {"grant_type": "authorization_code", "code": query["code"][0], "redirect_uri": redirect,
            "client_id": "zorgregio-web"}
    assert httpx.post(f"{issuer.url}/token", data={**form, "code_verifier": "wrong" * 10}).status_code == 400
    # the code was spent by the failed attempt; a new one is needed — as with a real provider
    answer = httpx.post(f"{issuer.url}/authorize", data={
        "client_id": "zorgregio-web", "redirect_uri": redirect, "code_challenge": challenge,
        "role": "access_team", "municipalityCode": "0355"})
    code = parse_qs(urlparse(answer.headers["location"]).query)["code"][0]
    tokens = httpx.post(f"{issuer.url}/token", data={**form, "code": code, "code_verifier": verifier}).json()
    principal = verifier_for(issuer).verify(tokens["access_token"])
    assert principal.role is Role.ACCESS_TEAM and principal.municipality_code == "0355"


def test_dev_tokens_endpoint(issuer):
    answer = httpx.post(f"{issuer.url}/dev/tokens", json={"role": "region_assessor", "regionCode": "ZOU"}).json()
    principal = verifier_for(issuer).verify(answer["accessToken"])
    assert principal.role is Role.REGION_ASSESSOR and principal.region_code == "ZOU"


def test_garbage_token_is_refused(issuer):
    with pytest.raises(Unauthorized):
        verifier_for(issuer).verify("not-a-jwt")
