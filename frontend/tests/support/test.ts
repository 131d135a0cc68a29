import { test as base, expect, type Page } from '@playwright/test';
import { startFixtureApi, type FixtureApi } from './fixture-api';

export { expect };
export { seriousViolations } from './axe';

/**
 * Every test gets its own fixture API, and the app's runtime configuration (public/config.js)
 * points at it, just as a deployment replaces that file. Sign-in points nowhere: these pages
 * must work without it.
 */
export const test = base.extend<{ api: FixtureApi }>({
  api: [
    async ({ page }, use) => {
      const api = await startFixtureApi();
      const config = {
        api: { admission: api.baseUrl, contracting: api.baseUrl, availability: api.baseUrl, monitoring: api.baseUrl },
        oidc: { authority: AUTHORITY, clientId: CLIENT_ID },
      };
      await page.route('**/config.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `window.__ZORGREGIO_CONFIG__ = ${JSON.stringify(config)};`,
        }),
      );
      await use(api);
      await api.close();
    },
    { auto: true },
  ],
});

const AUTHORITY = 'http://127.0.0.1:9';
const CLIENT_ID = 'zorgregio-web';

/**
 * Starts the page signed in with the given claims: the session oidc-client-ts keeps in sessionStorage,
 * with an (unsigned) access token carrying the claims. The fixture API does not check it.
 */
export async function signInAs(page: Page, claims: Record<string, string>) {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const accessToken = `${encode({ alg: 'none' })}.${encode({ sub: 'e2e', exp: now + 3600, ...claims })}.`;
  const user = {
    access_token: accessToken,
    token_type: 'Bearer',
    scope: 'openid',
    profile: { sub: 'e2e', iss: AUTHORITY, aud: CLIENT_ID, exp: now + 3600, iat: now },
    expires_at: now + 3600,
  };
  await page.addInitScript(
    ([key, value]) => window.sessionStorage.setItem(key!, value!),
    [`oidc.user:${AUTHORITY}:${CLIENT_ID}`, JSON.stringify(user)],
  );
}

/** The page as it is now scrolls no wider than the window (polled: charts and tables settle after a resize). */
export async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}
