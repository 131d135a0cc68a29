import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from '../../tests/support/axe';
import { Platform, readState, type PlatformState } from './platform';

export { expect, seriousViolations };

/**
 * Every spec runs against the platform the global setup started: `baseURL` is the app served by
 * `vite preview`, `state` what the setup prepared, `platform` a client of the services' REST APIs.
 */
export const test = base.extend<{ state: PlatformState; platform: Platform }>({
  state: async ({}, use) => use(readState()),
  platform: async ({ state }, use) => use(new Platform(state.stack)),
  baseURL: async ({}, use) => use(readState().appUrl),
});


/** Asserts that axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string) {
  expect(await seriousViolations(page), `axe-core on ${where}`).toEqual([]);
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (only the keyboard) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max && !(await isFocused(target)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
}

/** The focused element shows a focus indicator (an outline that is not `none`). */
export async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style, 'focus indicator').not.toBe('none');
  expect(outline.width, 'focus indicator width').toBeGreaterThan(0);
}

/**
 * The common search on the landing page with the keyboard alone: the kind of care (type-ahead in
 * the select), then the child's municipality (type, arrow down, Enter). Results follow without a submit.
 */
export async function searchByKeyboard(page: Page, care: { typed: string; value: string }, municipality: { typed: string; name: string }) {
  const careSelect = page.getByRole('combobox', { name: 'Welke zorg zoekt u?' });
  await tabTo(page, careSelect);
  await page.keyboard.type(care.typed);
  await expect(careSelect).toHaveValue(care.value);

  const municipalityBox = page.getByRole('combobox', { name: 'Gemeente van het kind' });
  await tabTo(page, municipalityBox);
  await page.keyboard.type(municipality.typed);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(municipalityBox).toHaveValue(municipality.name);
}

/** One search result (an offer at one location), by provider and location. */
export function resultCard(page: Page, provider: string, location: string): Locator {
  return page
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: provider, exact: true }) })
    .filter({ hasText: location });
}

/** The value a result card shows for one fact ("Wachttijd tot intake" → "3 weken"). */
export function fact(card: Locator, label: string): Locator {
  return card.locator('div', { has: card.page().locator('dt', { hasText: label }) }).locator('dd');
}

/**
 * Signs in through the app's "Inloggen" button and the development issuer's Dutch form, which
 * sends the browser back to the page it started from.
 */
export async function signInThroughIssuer(
  page: Page,
  role: string,
  fields: { 'Zorgaanbieder-id'?: string; Gemeentecode?: string; Regiocode?: string; Naam?: string },
  options: { keyboard?: boolean } = {},
) {
  const signIn = page.getByRole('banner').getByRole('button', { name: 'Inloggen' });
  if (options.keyboard) {
    await tabTo(page, signIn);
    await page.keyboard.press('Enter');
  } else {
    await signIn.click();
  }
  await expect(page.getByRole('heading', { name: 'Aanmelden voor ontwikkeling' })).toBeVisible();
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: role });
  for (const [label, value] of Object.entries(fields)) {
    // The form's labels go on after the name ("Zorgaanbieder-id (voor de rol zorgaanbieder)").
    await page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)).fill(value);
  }
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText(/^Ingelogd als /)).toBeVisible();
}
