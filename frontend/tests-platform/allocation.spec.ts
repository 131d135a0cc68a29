import type { Locator } from '@playwright/test';
import { isValidBsn, PRODUCT, today, validBsn, ZEIST } from './support/platform';
import { expect, expectAccessible, signInThroughIssuer, tabTo, test } from './support/test';

test("an access team's allocation appears in the provider's list", async ({ page, state, platform }) => {
  const { provider } = state;
  const bsn = validBsn(31_415_926);
  expect(isValidBsn(bsn)).toBe(true);

  // The access team of Zeist signs in and, by keyboard alone, issues an allocation to the provider it finds by name.
  await page.goto('/');
  await signInThroughIssuer(page, 'Toegangsmedewerker', { Gemeentecode: ZEIST, Naam: 'Toon Toegang' }, { keyboard: true });
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toewijzingen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe toewijzing' })).toBeVisible();
  await expectAccessible(page, 'the allocations page of the access team');

  const typeInto = async (field: Locator, text: string) => {
    await tabTo(page, field);
    await page.keyboard.type(text);
  };
  // A native date field takes its parts in the order of the browser's own language (dd-mm-jjjj in
  // Dutch, mm/dd/yyyy in Debian's Chromium without --lang): try the Dutch order, else go back to
  // the first part (Shift+Tab twice) and type the other order.
  const typeDate = async (field: Locator, iso: string) => {
    const [year, month, day] = iso.split('-');
    await typeInto(field, `${day}${month}${year}`);
    if ((await field.inputValue()) !== iso) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type(`${month}${day}${year}`);
    }
    await expect(field).toHaveValue(iso);
  };
  await typeInto(page.getByRole('searchbox', { name: 'Naam van de aanbieder' }), provider.name);
  await page.keyboard.press('Enter');
  const choice = page.getByRole('radio', { name: new RegExp(`^${provider.name}: ${PRODUCT.name} \\(${PRODUCT.code}\\)`) });
  await tabTo(page, choice);
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  await typeInto(page.getByRole('textbox', { name: 'BSN' }), bsn);
  await typeInto(page.getByRole('textbox', { name: 'Naam', exact: true }), 'Sam de Vries');
  await typeDate(page.getByLabel('Geboortedatum'), '2014-06-01');
  await typeInto(page.getByRole('textbox', { name: 'Aantal' }), '2');
  await typeInto(page.getByRole('combobox', { name: 'Eenheid' }), 'uur');
  await expect(page.getByRole('combobox', { name: 'Eenheid' })).toHaveValue('uur');
  await typeInto(page.getByRole('combobox', { name: 'Frequentie' }), 'per week');
  await expect(page.getByRole('combobox', { name: 'Frequentie' })).toHaveValue('per_week');
  await typeDate(page.getByLabel('Startdatum'), today());
  await typeInto(page.getByRole('combobox', { name: 'Verwijzer' }), 'Gemeente');
  await expect(page.getByRole('combobox', { name: 'Verwijzer' })).toHaveValue('01');
  await typeInto(page.getByRole('textbox', { name: 'Reden van de toewijzing' }), 'Behandeling angstklachten');
  await tabTo(page, page.getByRole('button', { name: 'Toewijzing versturen' }));
  await page.keyboard.press('Enter');

  const issued = page.getByText(new RegExp(`^Toewijzing (\\S+) is verstuurd naar ${provider.name}`));
  await expect(issued).toBeVisible();
  const number = /^Toewijzing (\S+) is verstuurd/.exec((await issued.textContent()) ?? '')![1]!;
  // The municipality's list reads the contract service's change feed, which numbers a change a
  // moment (≤ 0.25 s) after it is committed; the refetch right after issuing can come too early,
  // and the page does not fetch again by itself, so look again until it is there.
  const municipalityList = page.getByRole('region', { name: 'Toewijzingen van de gemeente' });
  const ownHeading = municipalityList.getByRole('heading', { name: new RegExp(`^Toewijzing ${number}\\b`) });
  await expect(async () => {
    if (!(await ownHeading.isVisible())) await page.reload();
    await expect(ownHeading).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expectAccessible(page, 'the allocations page after issuing');

  // The contract service has it, for this provider.
  const headers = await platform.headers({ role: 'provider', providerId: provider.id });
  const feed = await platform.get<{ items: { number: unknown; providerId: string; status: string }[] }>(
    `${platform.api('contracting')}/allocations?provider=${provider.id}`,
    headers,
  );
  expect(feed.items.map((item) => String(item.number))).toContain(number);

  // The provider signs in (the access team signs out first) and sees it in its list.
  await tabTo(page, page.getByRole('button', { name: 'Uitloggen' }));
  await page.keyboard.press('Enter');
  await signInThroughIssuer(page, 'Zorgaanbieder', { 'Zorgaanbieder-id': provider.id, Naam: 'Anna Aanbieder' }, { keyboard: true });
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanbod' }));
  await page.keyboard.press('Enter');
  const providerList = page.getByRole('region', { name: 'Toewijzingen aan u' });
  const card = providerList.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`^Toewijzing ${number}\\b`) }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Verstuurd, wacht op antwoord');
  await expect(card).toContainText(PRODUCT.code);
  await expect(card.getByRole('button', { name: /^Accepteren/ })).toBeVisible();
  await expectAccessible(page, "the provider's allocation list");
});
