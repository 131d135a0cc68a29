"""A development OpenID Connect issuer for the embedded stack and the tests.

It serves discovery and the JWKS, issues tokens directly for scripts and tests
(`POST /dev/tokens`), and runs the authorization-code flow with PKCE for the web app: its
`/authorize` page lets a developer pick a role and the scope it is bound to. Never deploy it."""
from __future__ import annotations

import base64
import hashlib
import html
import secrets
import time
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import FastAPI, Form, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

from zorgregio.security.dev_keys import DevKeyStore, token_claims
from zorgregio.security.principal import Role

_ROLE_LABELS = {
    Role.REFERRER: "Verwijzer", Role.PROVIDER: "Zorgaanbieder", Role.ACCESS_TEAM: "Toegangsmedewerker",
    Role.BACKOFFICE: "Backoffice gemeente", Role.REGION_ASSESSOR: "Beoordelaar regio",
    Role.REGION_CONTRACT_MANAGER: "Contractmanager regio", Role.REGION_ANALYST: "Beleidsanalist regio",
    Role.ADMIN: "Beheerder",
}


class TokenRequest(BaseModel):
    role: Role
    subject: str | None = None
    providerId: str | None = None
    municipalityCode: str | None = None
    regionCode: str | None = None
    name: str | None = None
    lifetimeSeconds: int = 3600


@dataclass
class _Grant:
    claims: dict
    client_id: str
    redirect_uri: str
    code_challenge: str
    nonce: str | None
    expires: float


def create_dev_issuer_app(keys: DevKeyStore, issuer: str, audience: str = "zorgregio") -> FastAPI:
    app = FastAPI(title="Zorgregio development issuer", docs_url=None, redoc_url=None)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])
    grants: dict[str, _Grant] = {}

    @app.get("/.well-known/openid-configuration")
    def discovery() -> dict:
        return {
            "issuer": issuer, "jwks_uri": f"{issuer}/jwks.json", "authorization_endpoint": f"{issuer}/authorize",
            "token_endpoint": f"{issuer}/token", "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"], "code_challenge_methods_supported": ["S256"],
            "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "profile"], "token_endpoint_auth_methods_supported": ["none"],
        }

    @app.get("/jwks.json")
    def jwks() -> dict:
        return keys.jwks()

    @app.post("/dev/tokens")
    def dev_token(body: TokenRequest) -> dict:
        claims = token_claims(issuer=issuer, audience=audience, role=body.role.value, subject=body.subject,
                              provider_id=body.providerId, municipality_code=body.municipalityCode,
                              region_code=body.regionCode, name=body.name, lifetime_seconds=body.lifetimeSeconds)
        return {"accessToken": keys.sign(claims), "tokenType": "Bearer", "expiresIn": body.lifetimeSeconds}

    @app.get("/authorize", response_class=HTMLResponse)
    def authorize_page(client_id: str, redirect_uri: str, code_challenge: str, state: str = "",
                       code_challenge_method: str = "S256", response_type: str = "code",
                       nonce: str | None = None, scope: str = "openid") -> str:
        if response_type != "code" or code_challenge_method != "S256":
            raise HTTPException(400, "Alleen de authorization code flow met PKCE (S256) wordt ondersteund.")
        hidden = "".join(
            f'<input type="hidden" name="{n}" value="{html.escape(v or "")}">'
            for n, v in (("client_id", client_id), ("redirect_uri", redirect_uri),
                         ("code_challenge", code_challenge), ("state", state), ("nonce", nonce))
        )
        options = "".join(f'<option value="{r.value}">{label}</option>' for r, label in _ROLE_LABELS.items())
        return _LOGIN_PAGE.format(hidden=hidden, options=options)

    @app.post("/authorize")
    def authorize(client_id: Annotated[str, Form()], redirect_uri: Annotated[str, Form()],
                  code_challenge: Annotated[str, Form()], role: Annotated[Role, Form()],
                  state: Annotated[str, Form()] = "", nonce: Annotated[str, Form()] = "",
                  providerId: Annotated[str, Form()] = "", municipalityCode: Annotated[str, Form()] = "",
                  regionCode: Annotated[str, Form()] = "", name: Annotated[str, Form()] = "") -> RedirectResponse:
        claims = token_claims(issuer=issuer, audience=audience, role=role.value, provider_id=providerId or None,
                              municipality_code=municipalityCode or None, region_code=regionCode or None,
                              name=name or None)
        code = secrets.token_urlsafe(24)
        grants[code] = _Grant(claims, client_id, redirect_uri, code_challenge, nonce or None, time.time() + 120)
        query = urlencode({"code": code, **({"state": state} if state else {})})
        return RedirectResponse(f"{redirect_uri}?{query}", status_code=303)

    @app.post("/token")
    def token(grant_type: Annotated[str, Form()], code: Annotated[str, Form()],
              code_verifier: Annotated[str, Form()], redirect_uri: Annotated[str, Form()],
              client_id: Annotated[str, Form()]) -> dict:
        grant = grants.pop(code, None)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(code_verifier.encode()).digest()).rstrip(b"=").decode()
        if (grant_type != "authorization_code" or grant is None or grant.expires < time.time()
                or grant.redirect_uri != redirect_uri or grant.client_id != client_id
                or not secrets.compare_digest(challenge, grant.code_challenge)):
            raise HTTPException(400, "invalid_grant")
        id_claims = {**grant.claims, "aud": client_id, **({"nonce": grant.nonce} if grant.nonce else {})}
        return {"access_token": keys.sign(grant.claims), "id_token": keys.sign(id_claims), "token_type": "Bearer",
                "expires_in": grant.claims["exp"] - grant.claims["iat"], "scope": "openid profile"}

    return app


_LOGIN_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden (ontwikkeling) – Zorgregio</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}
label{{display:block;margin-top:1rem;font-weight:600}}input,select,button{{font:inherit;padding:.5rem;width:100%;box-sizing:border-box}}
button{{margin-top:1.5rem;background:#154273;color:#fff;border:0;cursor:pointer}}:focus{{outline:3px solid #f9e11e;outline-offset:2px}}</style>
</head><body><main>
<h1>Aanmelden voor ontwikkeling</h1>
<p>Deze pagina bestaat alleen in de ontwikkelomgeving. Kies een rol en waar die rol aan gebonden is.</p>
<form method="post" action="/authorize">{hidden}
<label for="role">Rol</label><select id="role" name="role">{options}</select>
<label for="name">Naam</label><input id="name" name="name" autocomplete="name">
<label for="providerId">Zorgaanbieder-id (voor de rol zorgaanbieder)</label><input id="providerId" name="providerId">
<label for="municipalityCode">Gemeentecode (voor toegang en backoffice)</label><input id="municipalityCode" name="municipalityCode" inputmode="numeric" pattern="[0-9]{{4}}">
<label for="regionCode">Regiocode (voor regiorollen)</label><input id="regionCode" name="regionCode">
<button type="submit">Aanmelden</button>
</form></main></body></html>"""
