import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSidewaysScroll, seriousViolations, signInAs, test } from './support/test';

const CONTRACT_MANAGER = { role: 'region_contract_manager', regionCode: 'MIJOV', name: 'Cor Contract' };

/** Presses Tab until `target` has focus (a date input takes one Tab per part), and fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 20) {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Types a date into the focused date input, part by part. The order of the parts follows the
 * browser's language (dd-mm-jjjj in Dutch, mm/dd/yyyy in American English): when the first order
 * gives another date, Shift+Tab goes back to the first part and types it in the other order.
 */
async function typeDate(page: Page, field: Locator, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await field.inputValue()) === iso) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(field).toHaveValue(iso);
}

test.describe('admission rules on the region page (/regio) for a contract manager', () => {
  test.beforeEach(({ page }) => signInAs(page, CONTRACT_MANAGER));

  test('opens an intake window and closes a product group with the keyboard alone', async ({ page, api }) => {
    await page.goto('/regio');
    await expect(page.getByRole('table', { name: 'Aanmeldvensters' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');

    // An interim intake window for one product group.
    const openWindow = page.getByRole('button', { name: 'Aanmeldvenster openen' });
    await tabTo(page, openWindow);
    await page.keyboard.press('Enter');
    const windowForm = page.getByRole('form', { name: 'Aanmeldvenster openen' });
    await expect(windowForm).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(windowForm.getByRole('textbox', { name: /^Naam/ })).toBeFocused();
    await page.keyboard.type('Najaar 2027');
    await page.keyboard.press('Tab');
    const kind = windowForm.getByRole('combobox', { name: 'Soort opening' });
    await expect(kind).toBeFocused();
    await page.keyboard.type('Tussentijds');
    await expect(kind).toHaveValue('interim');
    await page.keyboard.press('Tab');
    const group = windowForm.getByRole('combobox', { name: 'Productgroep' });
    await expect(group).toBeFocused();
    await page.keyboard.type('Behandeling');
    await expect(group).toHaveValue('Behandeling');
    await page.keyboard.press('Tab');
    const opens = windowForm.getByLabel('Open vanaf');
    await expect(opens).toBeFocused();
    await typeDate(page, opens, '2027-09-01');
    const closes = windowForm.getByLabel('Sluit op');
    await tabTo(page, closes);
    await typeDate(page, closes, '2027-09-30');
    await tabTo(page, windowForm.getByRole('button', { name: 'Aanmeldvenster opslaan' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Aanmeldvenster Najaar 2027 is opengezet.' })).toBeVisible();
    await expect(openWindow).toBeFocused();
    await expect(page.getByRole('table', { name: 'Aanmeldvensters' })).toContainText('Tussentijds: Behandeling');
    expect(api.calls.find((call) => call.method === 'POST' && call.path === '/intake-windows')?.body).toEqual({
      regionCode: 'MIJOV',
      name: 'Najaar 2027',
      kind: 'interim',
      productGroup: 'Behandeling',
      opensOn: '2027-09-01',
      closesOn: '2027-09-30',
    });

    // Close a product group in one municipality.
    const close = page.getByRole('button', { name: 'Productgroep sluiten' });
    await tabTo(page, close);
    await page.keyboard.press('Enter');
    const closedForm = page.getByRole('form', { name: 'Productgroep sluiten' });
    await expect(closedForm).toBeVisible();
    await page.keyboard.press('Tab');
    const municipality = closedForm.getByRole('combobox', { name: 'Gemeente' });
    await expect(municipality).toBeFocused();
    await page.keyboard.type('Apeldoorn');
    await expect(municipality).toHaveValue('0200');
    await page.keyboard.press('Tab');
    await expect(closedForm.getByRole('combobox', { name: 'Productgroep' })).toBeFocused();
    await page.keyboard.type('Verblijf');
    const closedOn = closedForm.getByLabel('Gesloten per');
    await page.keyboard.press('Tab');
    await expect(closedOn).toBeFocused();
    await typeDate(page, closedOn, '2026-12-01');
    await tabTo(page, closedForm.getByRole('textbox', { name: 'Reden van sluiten' }));
    await page.keyboard.type('Voldoende aanbod in Apeldoorn');
    await tabTo(page, closedForm.getByRole('button', { name: 'Sluiting vastleggen' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Verblijf/Wonen in Apeldoorn is gesloten voor nieuwe aanmeldingen.' })).toBeVisible();
    await expect(close).toBeFocused();
    await expect(page.getByRole('table', { name: 'Gesloten productgroepen' })).toContainText('Voldoende aanbod in Apeldoorn');
    expect(api.calls.find((call) => call.method === 'POST' && call.path === '/closed-product-groups')?.body).toEqual({
      regionCode: 'MIJOV',
      municipalityCode: '0200',
      productGroup: 'Verblijf/Wonen',
      closedOn: '2026-12-01',
      reason: 'Voldoende aanbod in Apeldoorn',
    });

    // And reopen it again, after confirming.
    await tabTo(page, page.getByRole('button', { name: /^Heropenen\s?: Verblijf\/Wonen in Apeldoorn/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: /Wilt u Verblijf\/Wonen in Apeldoorn heropenen/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ja, heropenen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Verblijf/Wonen in Apeldoorn is heropend.' })).toBeVisible();
    await expect(page.getByText('Er zijn geen gesloten productgroepen.')).toBeVisible();
    expect(api.calls.some((call) => call.method === 'DELETE' && call.path.startsWith('/closed-product-groups/'))).toBe(true);
  });

  test('has no serious accessibility violations with every form open, and fits 320 px', async ({ page }) => {
    await page.goto('/regio');
    await expect(page.getByRole('heading', { name: /Cliëntenstop/ })).toBeVisible();
    await page.getByRole('button', { name: 'Aanmeldvenster openen' }).click();
    await page.getByRole('button', { name: 'Productgroep sluiten' }).click();
    await page.getByRole('button', { name: 'Maatregel opleggen' }).click();
    const measure = page.getByRole('form', { name: 'Maatregel opleggen' });
    await measure.getByRole('combobox', { name: 'Maatregel' }).selectOption('exit');
    await expect(measure.getByRole('checkbox', { name: 'Apeldoorn' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // With the errors of an empty form shown.
    await page.getByRole('button', { name: 'Sluiting vastleggen' }).click();
    await page.getByRole('button', { name: 'Maatregel vastleggen' }).click();
    await expect(measure.getByText(/velden die nog niet kloppen/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });

  test('imposes a fine on a provider', async ({ page, api }) => {
    await page.goto('/regio');
    await page.getByRole('button', { name: 'Maatregel opleggen' }).click();
    const form = page.getByRole('form', { name: 'Maatregel opleggen' });
    await form.getByRole('combobox', { name: 'Aanbieder' }).selectOption({ label: 'Jeugdpraktijk De Linde' });
    await form.getByRole('combobox', { name: 'Maatregel' }).selectOption('administrative_fine');
    await form.getByRole('textbox', { name: 'Bedrag in euro' }).fill('1250,00');
    await form.getByRole('textbox', { name: 'Reden' }).fill('Herhaald te laat gefactureerd');
    await form.getByRole('button', { name: 'Maatregel vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bestuurlijke boete is opgelegd aan Jeugdpraktijk De Linde.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Bestuurlijke boete — loopt/ })).toBeVisible();
    const post = api.calls.find((call) => call.method === 'POST' && call.path.endsWith('/enforcements'));
    expect(post?.path).toBe('/providers/0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01/enforcements');
    expect(post?.body).toMatchObject({ kind: 'administrative_fine', amount: '1250.00', regionCode: 'MIJOV' });
  });
});

test.describe('admission rules on the region page (/regio) for an analyst', () => {
  test.beforeEach(({ page }) => signInAs(page, { role: 'region_analyst', regionCode: 'MIJOV', name: 'Ali Analist' }));

  test('shows the lists without forms', async ({ page }) => {
    await page.goto('/regio');
    await expect(page.getByRole('table', { name: 'Aanmeldvensters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aanmeldvenster openen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Productgroep sluiten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Maatregel opleggen' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
