import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { startFixtureApi, type FixtureApi } from './fixture-api';

export { expect } from '@playwright/test';

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
        oidc: { authority: 'http://127.0.0.1:9', clientId: 'zorgregio-web' },
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

/** The axe-core violations of impact serious or critical against WCAG 2.2 A and AA, in a readable form. */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}
