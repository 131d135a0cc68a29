import { describe, expect, it } from 'vitest';
import { claimsFromAccessToken } from './claims';

function jwt(payload: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const base64url = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `eyJhbGciOiJSUzI1NiJ9.${base64url}.signature`;
}

describe('claimsFromAccessToken', () => {
  it('reads the platform claims, including non-ASCII names', () => {
    const claims = claimsFromAccessToken(jwt({ role: 'access_team', municipalityCode: '0200', name: 'Eefje Müller' }));
    expect(claims).toMatchObject({ role: 'access_team', municipalityCode: '0200', name: 'Eefje Müller' });
  });

  it('rejects tokens without a known role or that are not JWTs', () => {
    expect(claimsFromAccessToken(jwt({ role: 'superuser' }))).toBeNull();
    expect(claimsFromAccessToken('opaque-token')).toBeNull();
    expect(claimsFromAccessToken('a.%%%.c')).toBeNull();
  });
});
