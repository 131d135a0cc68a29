import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import region from '../../tests/fixtures/region.json';
import { problem, renderRoute } from '../test/render';
import { regionApi, regionUser } from '../features/region/testing';
import { Component as RegionPage } from './region';

describe('region page', () => {
  it('shows the catalogue with today’s tariff, contracts, windows and an empty list', async () => {
    const api = regionApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const catalogue = await screen.findByRole('table', { name: 'Producten van regio MIJOV met het tarief van vandaag' });
    const [, first, second] = within(catalogue).getAllByRole('row');
    expect(first).toHaveTextContent('45A11Behandeling individueelBehandelinginspanning€ 112,40 per uur');
    expect(second).toHaveTextContent('–');
    expect(api.calls.find((call) => call.url.pathname.endsWith('/tariffs'))?.url.searchParams.get('region')).toBe('MIJOV');
    expect(await screen.findByRole('table', { name: 'Contracten in regio MIJOV' })).toHaveTextContent('Jeugdpraktijk De Linde');
    expect(await screen.findByRole('table', { name: 'Aanmeldvensters' })).toHaveTextContent('Voorjaar 2027');
    expect(screen.getByText('Er zijn geen gesloten productgroepen.')).toBeVisible();
  });

  it('lifts an enforcement measure with a date and a reason', async () => {
    const api = regionApi({ 'POST /enforcements/e1/lift': { ...region.enforcements[0], active: false } });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    await userEvent.click(await screen.findByRole('button', { name: 'Opheffen' }));
    const form = screen.getByRole('form', { name: 'Opheffen' });
    await userEvent.click(within(form).getByRole('button', { name: 'Opheffing vastleggen' }));
    expect(within(form).getByRole('textbox', { name: 'Reden van opheffen' })).toHaveAccessibleDescription('Vul dit veld in.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Reden van opheffen' }), 'Overbrugging geregeld');
    await userEvent.click(within(form).getByRole('button', { name: 'Opheffing vastleggen' }));
    await waitFor(() => expect(api.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(api.calls.find((call) => call.method === 'POST')?.body).toMatchObject({ reason: 'Overbrugging geregeld' });
    expect(await screen.findByText(/is opgeheven per/)).toHaveAttribute('role', 'status');
  });

  it('takes a signal on, and shows an error when it cannot', async () => {
    const api = regionApi({ 'POST /signals/s1/acknowledge': () => problem({ status: 409, title: 'Al afgehandeld' }) });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const signal = (await screen.findByRole('heading', { name: /Geen aanbod gezinshuis/ })).closest('article')!;
    await userEvent.click(within(signal).getByRole('button', { name: 'In behandeling nemen' }));
    expect(await within(signal).findByRole('heading', { name: 'Al afgehandeld' })).toBeVisible();
  });

  it('shows an analyst the lists without any form or action', async () => {
    const future = { ...region.windows[0]!, opensOn: '2099-03-01', closesOn: '2099-03-31' };
    const closed = [{ id: 'c1', regionCode: 'MIJOV', municipalityCode: '0200', productGroup: 'Behandeling', closedOn: '2026-10-01', reason: 'Genoeg aanbod' }];
    const api = regionApi({ '/intake-windows': [future], '/closed-product-groups': closed });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_analyst') });
    const windows = await screen.findByRole('table', { name: 'Aanmeldvensters' });
    expect(windows).toHaveTextContent('Voorjaar 2027');
    const closedTable = await screen.findByRole('table', { name: 'Gesloten productgroepen' });
    expect(closedTable).toHaveTextContent('Apeldoorn');
    const rules = screen.getByRole('region', { name: /Toelating/ });
    expect(within(rules).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rules).queryByRole('form')).not.toBeInTheDocument();
    // An analyst reads the measures too, without the button to lift one.
    expect(api.calls.some((call) => call.url.pathname.endsWith('/enforcements'))).toBe(true);
    expect(within(rules).queryByRole('button', { name: /Opheffen/ })).not.toBeInTheDocument();
  });

  it('gives region staff the forms for windows, closed product groups and measures', async () => {
    const api = regionApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_assessor') });
    for (const name of ['Aanmeldvenster openen', 'Productgroep sluiten', 'Maatregel opleggen']) {
      expect(await screen.findByRole('button', { name })).toHaveAttribute('aria-expanded', 'false');
    }
    // a measure is imposed on a provider admitted in the region: only those are asked for
    const providers = api.calls.find((call) => call.url.pathname.endsWith('/providers'));
    expect(providers?.url.searchParams.get('regionCode')).toBe('MIJOV');
    expect(providers?.url.searchParams.get('admitted')).toBe('true');
  });
});
