import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import allocations from '../../tests/fixtures/allocations.json';
import entries from '../../tests/fixtures/entries.json';
import vocabularies from '../../tests/fixtures/vocabularies.json';
import { accessToken, fakeApi, fakeUserManager, json, problem, renderRoute } from '../test/render';
import { Component as ProviderPortal } from './provider-portal';

const PROVIDER = '0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01';
const ENTRIES = `/providers/${PROVIDER}/entries`;
const [first, second] = entries;
const token = accessToken({ role: 'provider', providerId: PROVIDER, name: 'Anna' });
const signedIn = () => fakeUserManager({ user: { access_token: token } });

function routes(extra: Record<string, unknown> = {}) {
  return fakeApi({ [ENTRIES]: entries, '/vocabularies': vocabularies, '/allocations': allocations, ...extra });
}

async function entryForm(name: RegExp) {
  return screen.findByRole('form', { name });
}

describe('provider portal', () => {
  it('lists the provider’s own entries and allocations, asking with the access token', async () => {
    const api = routes();
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });

    expect(await screen.findByRole('heading', { level: 3, name: /Behandeling individueel/ })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: /Gezinsbehandeling/ })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Toewijzing 1001 — Sam de Vries' })).toBeVisible();

    const entriesCall = api.calls.find((call) => call.url.pathname.endsWith(ENTRIES));
    expect(entriesCall?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    const feed = api.calls.find((call) => call.url.pathname.endsWith('/allocations'));
    expect(feed?.url.searchParams.get('provider')).toBe(PROVIDER);
    expect(feed?.headers.get('Authorization')).toBe(`Bearer ${token}`);
  });

  it('shows an empty state and an error state', async () => {
    const api = fakeApi({
      [ENTRIES]: [],
      '/vocabularies': vocabularies,
      '/allocations': () => problem({ status: 503, title: 'Dienst niet beschikbaar' }),
    });
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });
    expect(await screen.findByText(/U heeft nog geen aanbod/)).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Dienst niet beschikbaar' })).toBeVisible();
  });

  it('checks each field as it is typed and does not send an invalid form', async () => {
    const api = routes();
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });
    const form = await entryForm(/Behandeling individueel/);

    const intake = within(form).getByRole('textbox', { name: 'Wachttijd tot intake (weken)' });
    await userEvent.clear(intake);
    await userEvent.type(intake, '200');
    expect(intake).toHaveAttribute('aria-invalid', 'true');
    expect(intake).toHaveAccessibleDescription(expect.stringContaining('0 tot en met 104 weken'));

    await userEvent.clear(intake);
    await userEvent.type(intake, '3');
    expect(intake).not.toHaveAttribute('aria-invalid', 'true');

    const ageMax = within(form).getByRole('textbox', { name: 'Tot en met leeftijd (jaren)' });
    await userEvent.clear(ageMax);
    await userEvent.type(ageMax, '2');
    expect(ageMax).toHaveAccessibleDescription('De leeftijd ‘tot en met’ ligt onder de leeftijd ‘vanaf’.');

    await userEvent.click(within(form).getByRole('checkbox', { name: 'Biedt overbruggingszorg' }));
    await userEvent.click(within(form).getByRole('button', { name: /Opslaan/ }));
    expect(within(form).getByRole('textbox', { name: 'Welke overbruggingszorg biedt u?' })).toHaveAccessibleDescription(
      'Beschrijf welke overbruggingszorg u biedt.',
    );
    expect(api.calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('sends the whole entry and shows it saved', async () => {
    const api = routes({
      [`PUT ${ENTRIES}/${first!.entryId}`]: (_url: URL, call: { body: object }) => json({ ...first, ...call.body }),
    });
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });
    const form = await entryForm(/Behandeling individueel/);

    const intake = within(form).getByRole('textbox', { name: 'Wachttijd tot intake (weken)' });
    await userEvent.clear(intake);
    await userEvent.type(intake, '6');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Vrije plekken' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Autisme' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Toelichting' }), 'Alleen op dinsdag');
    await userEvent.click(within(form).getByRole('button', { name: /Opslaan/ }));

    expect(await within(form).findByText(/Opgeslagen/)).toBeVisible();
    const put = api.calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({
      location: { name: 'De Linde Apeldoorn', city: 'Apeldoorn' },
      acceptingNewClients: true,
      intakeWaitWeeks: 6,
      treatmentWaitWeeks: 4,
      freePlaces: null,
      bridgingCare: { offered: false, description: null },
      ageMin: 4,
      ageMax: 18,
      specialisms: ['trauma', 'autisme'],
      contraIndications: null,
      note: 'Alleen op dinsdag',
    });
  });

  it('shows the service’s objection beside the field it names', async () => {
    const api = routes({
      [`PUT ${ENTRIES}/${second!.entryId}`]: () =>
        problem({
          status: 422,
          title: 'Onaannemelijke waarde',
          invalidParams: [{ name: 'bridgingCare.description', code: 'required', reason: 'Beschrijf de overbruggingszorg.' }],
        }),
    });
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });
    const form = await entryForm(/Gezinsbehandeling/);
    await userEvent.click(within(form).getByRole('button', { name: /Opslaan/ }));

    const description = within(form).getByRole('textbox', { name: 'Welke overbruggingszorg biedt u?' });
    await waitFor(() => expect(description).toHaveAccessibleDescription('Beschrijf de overbruggingszorg.'));
    expect(within(form).getByRole('link', { name: 'Beschrijf de overbruggingszorg.' })).toHaveAttribute(
      'href',
      `#${description.id}`,
    );
  });

  it('confirms one entry, or all of them, with one click', async () => {
    const api = routes({
      [`POST ${ENTRIES}/${second!.entryId}/confirm`]: { ...second, stale: false, lastConfirmedAt: '2026-11-25T10:00:00Z' },
      [`POST /providers/${PROVIDER}/confirm`]: { confirmed: 2, entryIds: [first!.entryId, second!.entryId] },
    });
    renderRoute(<ProviderPortal />, { fetch: api.fetch, userManager: signedIn() });
    const card = (await screen.findByRole('heading', { level: 3, name: /Gezinsbehandeling/ })).closest('section')!;
    expect(card).toHaveTextContent('Mogelijk niet actueel.');

    await userEvent.click(within(card).getByRole('button', { name: /^Nog juist/ }));
    expect(await within(card).findByText('Bevestigd als nog juist.')).toBeVisible();
    await waitFor(() => expect(card).not.toHaveTextContent('Mogelijk niet actueel.'));

    await userEvent.click(screen.getByRole('button', { name: 'Alles nog juist' }));
    expect(await screen.findByText('2 keer aanbod bevestigd als nog juist.')).toBeVisible();
  });
});
