import { expect, expectNoSidewaysScroll, seriousViolations, signInAs, test } from './support/test';

const PROVIDER = { role: 'provider', providerId: '0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01', name: 'Anna Aanbieder' };
const ACCESS_TEAM = { role: 'access_team', municipalityCode: '0200', name: 'Toon Toegang' };

test.describe('provider portal (/aanbieder)', () => {
  test.beforeEach(({ page }) => signInAs(page, PROVIDER));

  test('has no serious accessibility violations, also with a refusal form open, and fits 320 px', async ({ page }) => {
    await page.goto('/aanbieder');
    await expect(page.getByRole('heading', { level: 3, name: /Behandeling individueel/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Toewijzing 1001 — Sam de Vries' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Weigeren\s?: Toewijzing 1001/ }).click();
    await expect(page.getByRole('form', { name: 'Weigeren' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });

  test('a provider updates a wait and confirms everything by keyboard alone', async ({ page, api }) => {
    await page.goto('/aanbieder');
    const form = page.getByRole('form', { name: 'Beschikbaarheid van Behandeling individueel' });
    const intake = form.getByRole('textbox', { name: 'Wachttijd tot intake (weken)' });
    await intake.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('7');
    await form.getByRole('button', { name: /Opslaan/ }).focus();
    await page.keyboard.press('Enter');
    await expect(form.getByText(/Opgeslagen/)).toBeVisible();
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toMatchObject({ intakeWaitWeeks: 7 });

    await page.getByRole('button', { name: 'Alles nog juist' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('2 keer aanbod bevestigd als nog juist.')).toBeVisible();
  });
});

test.describe('allocations (/toewijzingen) for an access team', () => {
  test.beforeEach(({ page }) => signInAs(page, ACCESS_TEAM));

  test('has no serious accessibility violations, with errors shown, and fits 320 px', async ({ page }) => {
    await page.goto('/toewijzingen');
    await expect(page.getByRole('heading', { name: 'Nieuwe toewijzing' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Toewijzing 1000 — Noor Bakker' })).toBeVisible();
    await page.getByRole('button', { name: 'Toewijzing versturen' }).click();
    await expect(page.getByText(/velden die nog niet kloppen/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });

  test('issues an allocation for a provider found in the beschikbaarheidswijzer', async ({ page, api }) => {
    await page.goto('/toewijzingen');
    await page.getByRole('searchbox', { name: 'Naam van de aanbieder' }).fill('Linde');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: /Jeugdpraktijk De Linde: Behandeling individueel/ }).check();
    await page.getByRole('textbox', { name: 'BSN' }).fill('111222333');
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Sam de Vries');
    await page.getByLabel('Geboortedatum').fill('2015-03-02');
    await page.getByRole('textbox', { name: 'Aantal' }).fill('2');
    await page.getByRole('combobox', { name: 'Eenheid' }).selectOption('uur');
    await page.getByRole('combobox', { name: 'Frequentie' }).selectOption('per_week');
    await page.getByLabel('Startdatum').fill('2026-12-01');
    await page.getByRole('combobox', { name: 'Verwijzer' }).selectOption('01');
    await page.getByRole('textbox', { name: 'Reden van de toewijzing' }).fill('Angstklachten');
    await page.getByRole('button', { name: 'Toewijzing versturen' }).click();

    await expect(page.getByText(/Toewijzing 1002 is verstuurd naar Jeugdpraktijk De Linde/)).toBeVisible();
    const post = api.calls.find((call) => call.method === 'POST' && call.path === '/allocations');
    expect(post?.body).toMatchObject({ municipalityCode: '0200', productCode: '45A11', client: { bsn: '111222333' } });
  });
});

test.describe('region (/toelating) for an assessor', () => {
  test.beforeEach(({ page }) => signInAs(page, { role: 'region_assessor', regionCode: 'NOV', name: 'Bea Beoordelaar' }));

  test('the queue and an application have no serious accessibility violations and fit 320 px', async ({ page }) => {
    await page.goto('/toelating');
    await page.getByRole('link', { name: 'Stichting Opgroeien Oost' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvraag van Stichting Opgroeien Oost' })).toBeVisible();
    await page.getByRole('button', { name: /^Afkeuren\s?: SKJ-registratie/ }).click();
    await expect(page.getByRole('form', { name: 'Afkeuren' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);

    await page.goto('/toelating');
    await expect(page.getByRole('heading', { name: 'Open signalen' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('monitoring (/monitoring) for an analyst', () => {
  test.beforeEach(({ page }) => signInAs(page, { role: 'region_analyst', regionCode: 'MIJOV', name: 'Ali Analist' }));

  test('draws the charts, has no serious accessibility violations and fits 320 px', async ({ page }) => {
    await page.goto('/monitoring?from=2026-08&to=2026-10');
    await expect(page.getByRole('table', { name: 'Instroom en uitstroom: de cijfers' })).toBeVisible();
    await expect(page.locator('.zr-chart svg').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });
});

test.describe('region (/regio) for a contract manager', () => {
  test.beforeEach(({ page }) => signInAs(page, { role: 'region_contract_manager', regionCode: 'MIJOV', name: 'Cor Contract' }));

  test('has no serious accessibility violations, with a form open, and fits 320 px', async ({ page }) => {
    await page.goto('/regio');
    await expect(page.getByRole('table', { name: /Producten van regio MIJOV/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Geen aanbod gezinshuis/ })).toBeVisible();
    await page.getByRole('button', { name: 'Opheffen' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });
});

test.describe('applying for admission (/toelating) as a provider', () => {
  test.beforeEach(({ page }) => signInAs(page, PROVIDER));

  test('each step and the evidence upload have no serious accessibility violations and fit 320 px', async ({ page }) => {
    await page.goto('/toelating');
    await page.getByRole('button', { name: 'Bewijs toevoegen' }).click();
    await expect(page.getByText('2 van 2 eisen hebben bewijs')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/toelating');
    await page.getByRole('button', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await expect(page.getByText('Kies een regio.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Regio' }).selectOption({ index: 1 });
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await expect(page.getByRole('heading', { name: 'Stap 2 van 4: Zorg' })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });
});
