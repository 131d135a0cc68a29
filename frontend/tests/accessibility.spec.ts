import { expect, expectNoSidewaysScroll, seriousViolations, test } from './support/test';

test.describe('accessibility (axe-core, WCAG 2.2 AA): no serious or critical violations', () => {
  test('landing page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('3 resultaten gevonden')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('landing page with a search, the care explainer and the municipality list open', async ({ page }) => {
    await page.goto('/?productGroup=behandeling&municipality=0200');
    await expect(page.getByText('3 resultaten gevonden')).toBeVisible();
    await page.getByText('Uitleg over de soorten zorg').click();
    await page.getByRole('combobox', { name: 'Gemeente van het kind' }).fill('Ar');
    await expect(page.getByRole('option', { name: 'Arnhem' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('sign-in callback that fails', async ({ page }) => {
    await page.goto('/aanmelden/callback?error=access_denied&state=onbekend');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen is niet gelukt' })).toBeVisible();
    await expect(page).toHaveTitle('Inloggen is niet gelukt — Zorgregio');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('provider page', async ({ page }) => {
    await page.goto('/aanbieders/0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01');
    await expect(page.getByRole('heading', { level: 1, name: 'Jeugdpraktijk De Linde' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the landing page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?productGroup=behandeling&municipality=0200');
  await expect(page.getByText('3 resultaten gevonden')).toBeVisible();
  await expectNoSidewaysScroll(page);
});
