import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import allocations from '../../../../tests/fixtures/allocations.json';
import { accessToken, fakeApi, fakeUserManager, json, renderRoute, type RecordedCall } from '../../../test/render';
import { Component as AllocationsPage } from '../../../routes/allocations';

const [issued, started] = allocations.items;
const signedIn = (claims: object) => fakeUserManager({ user: { access_token: accessToken(claims) } });
const echo = (changes: object) => (_url: URL, call: RecordedCall) =>
  json({ ...allocations.items.find((item) => call.url.pathname.includes(item.id)), client: null, ...changes });
const card = async (number: number) =>
  (await screen.findByRole('heading', { name: new RegExp(`Toewijzing ${number}`) })).closest('article')!;

describe('allocations page', () => {
  it('gives an access team the form and the municipality’s allocations', async () => {
    const api = fakeApi({ '/allocations': allocations });
    renderRoute(<AllocationsPage />, { fetch: api.fetch, userManager: signedIn({ role: 'access_team', municipalityCode: '0200' }) });
    expect(await screen.findByRole('heading', { name: 'Nieuwe toewijzing' })).toBeVisible();
    await card(1001);
    const feed = api.calls.find((call) => call.url.pathname.endsWith('/allocations'))!;
    expect(feed.url.searchParams.get('municipality')).toBe('0200');
    expect(feed.url.searchParams.get('purpose')).toBeTruthy();
  });

  it('lets a back office read the list, without the form or actions', async () => {
    renderRoute(<AllocationsPage />, {
      fetch: fakeApi({ '/allocations': allocations }).fetch,
      userManager: signedIn({ role: 'backoffice', municipalityCode: '0200' }),
    });
    const article = await card(1001);
    expect(screen.queryByRole('heading', { name: 'Nieuwe toewijzing' })).not.toBeInTheDocument();
    expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });

  it('amends the volume and end date of an allocation', async () => {
    const api = fakeApi({
      '/allocations': allocations,
      [`POST /allocations/${started!.id}/amendments`]: echo({ volume: { amount: '12', unit: 'uur', frequency: 'totaal' } }),
    });
    renderRoute(<AllocationsPage />, { fetch: api.fetch, userManager: signedIn({ role: 'access_team', municipalityCode: '0200' }) });
    const article = await card(1000);
    await userEvent.click(within(article).getByRole('button', { name: /^Wijzigen/ }));
    const form = within(article).getByRole('form', { name: 'Wijzigen' });
    const amount = within(form).getByRole('textbox', { name: 'Aantal' });
    expect(amount).toHaveValue('10');
    await userEvent.clear(amount);
    await userEvent.type(amount, 'twaalf');
    expect(amount).toHaveAccessibleDescription('Vul een aantal groter dan 0 in, met hoogstens 2 decimalen.');
    await userEvent.clear(amount);
    await userEvent.type(amount, '12');
    const end = within(form).getByLabelText('Einddatum');
    await userEvent.type(end, '2027-03-31');
    const effective = within(form).getByLabelText('Ingangsdatum van de wijziging');
    await userEvent.clear(effective);
    await userEvent.type(effective, '2026-12-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Wijziging versturen' }));

    expect(await within(article).findByText('De toewijzing is gewijzigd.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toEqual({
      volume: { amount: '12', unit: 'uur', frequency: 'totaal' },
      endDate: '2027-03-31',
      effectiveOn: '2026-12-01',
    });
    expect(article).toHaveTextContent('12 uur in totaal');
  });

  it('ends an allocation early, with a date and a reason', async () => {
    const api = fakeApi({
      '/allocations': allocations,
      [`POST /allocations/${started!.id}/ending`]: echo({ status: 'ended', endedOn: '2026-12-31' }),
    });
    renderRoute(<AllocationsPage />, { fetch: api.fetch, userManager: signedIn({ role: 'access_team', municipalityCode: '0200' }) });
    const article = await card(1000);
    // An issued allocation can be amended but not ended.
    expect(within(await card(1001)).queryByRole('button', { name: /^Beëindigen/ })).not.toBeInTheDocument();

    await userEvent.click(within(article).getByRole('button', { name: /^Beëindigen/ }));
    const form = within(article).getByRole('form', { name: 'Beëindigen' });
    await userEvent.click(within(form).getByRole('button', { name: 'Beëindiging versturen' }));
    expect(within(form).getByRole('textbox', { name: 'Reden van beëindigen' })).toHaveAccessibleDescription('Vul dit veld in.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Reden van beëindigen' }), 'Verhuisd');
    await userEvent.click(within(form).getByRole('button', { name: 'Beëindiging versturen' }));
    expect(await within(article).findByText('De toewijzing is beëindigd.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toMatchObject({ reason: 'Verhuisd' });
    expect(issued).toBeDefined();
  });
});
