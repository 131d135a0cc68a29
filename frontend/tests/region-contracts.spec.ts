import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSidewaysScroll, seriousViolations, signInAs, test } from './support/test';

const CONTRACT_MANAGER = { role: 'region_contract_manager', regionCode: 'MIJOV', name: 'Cor Contract' };

/** Presses Tab until `target` has focus, and fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 30) {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const contracts = (page: Page) => page.getByRole('table', { name: 'Contracten in regio MIJOV' });
const row = (page: Page, provider: string) => contracts(page).getByRole('row').filter({ hasText: provider });

test.describe('contracts on the region page (/regio) for a contract manager', () => {
  test.beforeEach(({ page }) => signInAs(page, CONTRACT_MANAGER));

  test('signs a draft contract with the keyboard alone', async ({ page, api }) => {
    await page.goto('/regio');
    await expect(row(page, 'Stichting Opgroeien Oost')).toContainText('Concept');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');

    const sign = page.getByRole('button', { name: /^Ondertekenen\s?: Stichting Opgroeien Oost \(Raamovereenkomst\)$/ });
    await tabTo(page, sign);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: /Wilt u het contract met Stichting Opgroeien Oost .* ondertekenen\?/ });
    await expect(confirm).toBeFocused();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Ja, ondertekenen' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Het contract met Stichting Opgroeien Oost is ondertekend en loopt nu.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Contracten', level: 2, exact: true })).toBeFocused();
    await expect(row(page, 'Stichting Opgroeien Oost')).toContainText('Loopt');
    await expect(sign).toHaveCount(0);
    const post = api.calls.filter((call) => call.method === 'POST');
    expect(post.map((call) => call.path)).toEqual(['/contracts/c2/signature']);
    expect(post[0]?.body).toBeUndefined();
    // The signed contract can now be terminated, from the keyboard too.
    await tabTo(page, page.getByRole('button', { name: /^Beëindigen\s?: Stichting Opgroeien Oost \(Raamovereenkomst\)$/ }));
  });

  test('has no serious accessibility violations with a termination form open, and fits 320 px', async ({ page }) => {
    await page.goto('/regio');
    await page.getByRole('button', { name: /^Beëindigen\s?: Jeugdpraktijk De Linde/ }).click();
    const form = page.getByRole('form', { name: 'Contract met Jeugdpraktijk De Linde beëindigen' });
    await expect(form).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    // With the errors of an empty form shown.
    await form.getByRole('button', { name: 'Verder' }).click();
    await expect(form.getByText(/velden die nog niet kloppen/)).toBeVisible();
    await expect(form.getByLabel('Laatste dag van het contract')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });

  test('terminates a contract after confirmation', async ({ page, api }) => {
    await page.goto('/regio');
    await page.getByRole('button', { name: /^Beëindigen\s?: Jeugdpraktijk De Linde/ }).click();
    const form = page.getByRole('form', { name: 'Contract met Jeugdpraktijk De Linde beëindigen' });
    await form.getByLabel('Laatste dag van het contract').fill('2027-06-30');
    await form.getByRole('textbox', { name: 'Reden van beëindigen' }).fill('Aanbieder stopt met jeugdhulp');
    await form.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het contract met Jeugdpraktijk De Linde is beëindigd per 30 juni 2027.' })).toBeVisible();
    await expect(row(page, 'Jeugdpraktijk De Linde')).toContainText('Beëindigd');
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.path).toBe('/contracts/c1/termination');
    expect(post?.body).toEqual({ terminatedOn: '2027-06-30', reason: 'Aanbieder stopt met jeugdhulp' });
  });
});

test.describe('contracts on the region page (/regio) for an analyst', () => {
  test.beforeEach(({ page }) => signInAs(page, { role: 'region_analyst', regionCode: 'MIJOV', name: 'Ali Analist' }));

  test('shows the contracts without actions', async ({ page }) => {
    await page.goto('/regio');
    await expect(row(page, 'Stichting Opgroeien Oost')).toContainText('Concept');
    await expect(page.getByRole('region', { name: 'Contracten', exact: true }).getByRole('button')).toHaveCount(0);
  });
});
