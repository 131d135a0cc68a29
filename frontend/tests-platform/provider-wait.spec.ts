import { PRODUCT, ZEIST } from './support/platform';
import { expect, expectAccessible, fact, resultCard, searchByKeyboard, signInThroughIssuer, tabTo, test } from './support/test';

test('a provider signs in, updates a wait by keyboard alone and sees it in the public search', async ({ page, state, platform }) => {
  const { provider } = state;
  const entry = provider.updateEntry;
  const newWait = 1;

  // Sign in through the app's button and the development issuer's form, as the provider.
  await page.goto('/');
  await signInThroughIssuer(page, 'Zorgaanbieder', { 'Zorgaanbieder-id': provider.id, Naam: 'Anna Aanbieder' }, { keyboard: true });
  await expect(page.getByText('Ingelogd als Anna Aanbieder (Zorgaanbieder)')).toBeVisible();

  // To the provider portal by the main navigation.
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanbod' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn aanbod' })).toBeVisible();

  // The entry at the second location: its form, by the location it names.
  const section = page.getByRole('region', { name: new RegExp(PRODUCT.name) }).filter({ hasText: entry.location });
  const form = section.getByRole('form', { name: `Beschikbaarheid van ${PRODUCT.name}` });
  const intake = form.getByRole('textbox', { name: 'Wachttijd tot intake (weken)' });
  await expect(intake).toHaveValue(String(entry.intakeWaitWeeks));
  await expectAccessible(page, 'the provider portal');

  await tabTo(page, intake, 150);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(String(newWait));
  await tabTo(page, form.getByRole('button', { name: /^Opslaan/ }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText('Opgeslagen. De beschikbaarheidswijzer toont de nieuwe gegevens.');
  await expectAccessible(page, 'the provider portal after saving');

  // The services have it …
  await expect
    .poll(async () => (await platform.search({ municipality: ZEIST })).find((item) => item.entryId === entry.id)?.intakeWaitWeeks)
    .toBe(newWait);

  // … and so does the public search, reached by keyboard: shortest wait first.
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beschikbaarheidswijzer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Beschikbaarheidswijzer' })).toBeVisible();
  await searchByKeyboard(page, { typed: PRODUCT.group, value: `group:${PRODUCT.group}` }, { typed: 'zeis', name: 'Zeist' });
  const card = resultCard(page, provider.name, entry.location);
  await expect(fact(card, 'Wachttijd tot intake')).toHaveText(`${newWait} week`);
  await expect(page.getByRole('article').first()).toContainText(entry.location);
  await expectAccessible(page, 'the search results after the update');
});
