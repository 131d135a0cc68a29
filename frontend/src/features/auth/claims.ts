import { z } from 'zod';

export const ROLES = [
  'referrer',
  'provider',
  'access_team',
  'backoffice',
  'region_assessor',
  'region_contract_manager',
  'region_analyst',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

const claimsSchema = z.object({
  role: z.enum(ROLES),
  name: z.string().nullish(),
  providerId: z.string().nullish(),
  municipalityCode: z.string().nullish(),
  regionCode: z.string().nullish(),
});

export type Claims = z.infer<typeof claimsSchema>;

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads the platform's claims from an access token (a JWT). The signature is not checked here:
 * the services check it; the app only uses the claims to choose what to show.
 */
export function claimsFromAccessToken(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(decodeBase64Url(payload)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
