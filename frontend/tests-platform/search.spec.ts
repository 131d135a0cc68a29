import { PRODUCT, ZEIST } from './support/platform';
import { expect, expectAccessible, fact, resultCard, searchByKeyboard, tabTo, test } from './support/test';

test('a referrer finds the contracted provider and its wait, by keyboard alone from the landing page', async ({ page, state, platform }) => {
  const { provider } = state;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Beschikbaarheidswijzer' })).toBeVisible();
  await expectAccessible(page, 'the landing page');

  // Skip link to the content, then two choices: the care and the municipality.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await searchByKeyboard(page, { typed: PRODUCT.group, value: `group:${PRODUCT.group}` }, { typed: 'zeis', name: 'Zeist' });
  await expect(page).toHaveURL(new RegExp(`[?&]municipality=${ZEIST}(&|$)`));

  // The provider is there, with the wait it reported (the services' own answer says the same).
  const card = resultCard(page, provider.name, provider.searchEntry.location);
  await expect(card).toBeVisible();
  await expect(fact(card, 'Wachttijd tot intake')).toHaveText(`${provider.searchEntry.intakeWaitWeeks} weken`);
  const items = await platform.search({ municipality: ZEIST, productGroup: PRODUCT.group });
  expect(items.find((item) => item.entryId === provider.searchEntry.id)?.intakeWaitWeeks).toBe(provider.searchEntry.intakeWaitWeeks);
  await expectAccessible(page, 'the search results');

  // On to the provider's page by keyboard, and back to the same search.
  const link = card.getByRole('link', { name: provider.name, exact: true });
  await tabTo(page, link, 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: provider.name })).toBeVisible();
  await expect(page.getByText(provider.searchEntry.location).first()).toBeVisible();
  await expectAccessible(page, 'the provider page');
  await tabTo(page, page.getByRole('link', { name: 'Terug naar de zoekresultaten' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]municipality=${ZEIST}(&|$)`));
  await expect(resultCard(page, provider.name, provider.searchEntry.location)).toBeVisible();
});
