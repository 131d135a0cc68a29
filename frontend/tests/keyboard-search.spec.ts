import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/** The focused element shows a focus indicator (an outline that is not `none`). */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);
}

test('a referrer finds care with the keyboard alone, in two choices from the landing page', async ({ page, api }) => {
  await page.goto('/');
  await expect(page.getByText('3 resultaten gevonden')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Choice 1: the kind of care (type-ahead in the select).
  await page.keyboard.press('Tab');
  const care = page.getByRole('combobox', { name: 'Welke zorg zoekt u?' });
  await expect(care).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Behandeling');
  await expect(care).toHaveValue('group:behandeling');

  // Choice 2: the child's municipality (type, arrow down, Enter); results follow without a submit.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const municipality = page.getByRole('combobox', { name: 'Gemeente van het kind' });
  await expect(municipality).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('apel');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(municipality).toHaveValue('Apeldoorn');

  await expect(page).toHaveURL(/\?productGroup=behandeling&municipality=0200$/);
  await expect.poll(() => api.requests.at(-1)?.search).toBe('?productGroup=behandeling&municipality=0200&limit=20');
  await expect(page.getByText('3 resultaten gevonden')).toBeVisible();

  // On to the first result and its provider page; focus moves to the new page's content.
  const firstResult = page.getByRole('link', { name: 'Jeugdpraktijk De Linde' });
  for (let i = 0; i < 40 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jeugdpraktijk De Linde' })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
  await expect(page.getByRole('link', { name: '055 123 45 67' })).toHaveAttribute('href', 'tel:0551234567');

  // Back to the results, with the search intact.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Terug naar de zoekresultaten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?productGroup=behandeling&municipality=0200$/);
  await expect(page.getByRole('combobox', { name: 'Gemeente van het kind' })).toHaveValue('Apeldoorn');
});
