import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Component as RegionPage } from '../../../routes/region';
import { json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { today } from '../../../lib/validation';
import { noContent, regionApi, regionUser } from '../testing';

const created = (_url: URL, call: RecordedCall) => json({ ...(call.body as object), id: 'c2' });
const closedGroup = {
  id: 'c1',
  regionCode: 'MIJOV',
  municipalityCode: '0232',
  productGroup: 'Verblijf/Wonen',
  closedOn: '2026-10-01',
  reason: 'Voldoende aanbod',
};

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Productgroep sluiten' }));
  return within(await screen.findByRole('form', { name: 'Productgroep sluiten' }));
}

describe('closing a product group', () => {
  it('names every field still to fill in, and sends nothing', async () => {
    const api = regionApi({ 'POST /closed-product-groups': created });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    expect(form.getByLabelText('Gesloten per')).toHaveValue(today());
    await userEvent.click(form.getByRole('button', { name: 'Sluiting vastleggen' }));
    expect(form.getByRole('combobox', { name: 'Gemeente' })).toHaveAccessibleDescription('Maak een keuze.');
    expect(form.getByRole('combobox', { name: 'Gemeente' })).toHaveFocus();
    expect(form.getByRole('combobox', { name: 'Productgroep' })).toHaveAccessibleDescription('Maak een keuze.');
    expect(form.getByRole('textbox', { name: 'Reden van sluiten' })).toHaveAccessibleDescription('Vul dit veld in.');
    await userEvent.clear(form.getByLabelText('Gesloten per'));
    expect(form.getByLabelText('Gesloten per')).toHaveAccessibleDescription('Vul dit veld in.');
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('offers the region’s municipalities by name and sends the closure', async () => {
    const api = regionApi({ 'POST /closed-product-groups': created });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    const municipality = form.getByRole('combobox', { name: 'Gemeente' });
    expect(within(municipality).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Maak een keuze',
      'Apeldoorn',
      'Brummen',
      'Epe',
      'Hattem',
      'Heerde',
      'Lochem',
      'Voorst',
      'Zutphen',
    ]);
    await userEvent.selectOptions(municipality, 'Apeldoorn');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Productgroep' }), 'Behandeling');
    await userEvent.clear(form.getByLabelText('Gesloten per'));
    await userEvent.type(form.getByLabelText('Gesloten per'), '2026-12-01');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden van sluiten' }), 'Genoeg aanbieders');
    await userEvent.click(form.getByRole('button', { name: 'Sluiting vastleggen' }));

    expect(await screen.findByText('Behandeling in Apeldoorn is gesloten voor nieuwe aanmeldingen.')).toHaveAttribute('role', 'status');
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      regionCode: 'MIJOV',
      municipalityCode: '0200',
      productGroup: 'Behandeling',
      closedOn: '2026-12-01',
      reason: 'Genoeg aanbieders',
    });
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'GET' && call.url.pathname.endsWith('/closed-product-groups'))).toHaveLength(2),
    );
  });

  it('shows the service’s objection on the product group', async () => {
    const api = regionApi({
      'POST /closed-product-groups': () =>
        problem({
          status: 409,
          title: 'Niet mogelijk',
          invalidParams: [{ name: 'productGroup', code: 'already-closed', reason: "'Behandeling' is al dichtgezet in gemeente 0200." }],
        }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_assessor') });
    const form = await openForm();
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Gemeente' }), 'Apeldoorn');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Productgroep' }), 'Behandeling');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden van sluiten' }), 'Genoeg aanbieders');
    await userEvent.click(form.getByRole('button', { name: 'Sluiting vastleggen' }));
    expect(await form.findByRole('heading', { name: 'Niet mogelijk' })).toBeVisible();
    expect(form.getByRole('combobox', { name: 'Productgroep' })).toHaveAccessibleDescription("'Behandeling' is al dichtgezet in gemeente 0200.");
    expect(form.getByRole('combobox', { name: 'Gemeente' })).not.toHaveAttribute('aria-invalid', 'true');
  });
});

describe('reopening a closed product group', () => {
  it('lists the closure by municipality name and reopens it after confirmation', async () => {
    const api = regionApi({ '/closed-product-groups': [closedGroup], 'DELETE /closed-product-groups/c1': noContent });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const table = await screen.findByRole('table', { name: 'Gesloten productgroepen' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('EpeVerblijf/Wonen1 oktober 2026Voldoende aanbod');
    await userEvent.click(within(table).getByRole('button', { name: 'Heropenen: Verblijf/Wonen in Epe' }));
    const confirm = screen.getByRole('group', { name: /Wilt u Verblijf\/Wonen in Epe heropenen\?/ });
    expect(api.calls.some((call) => call.method === 'DELETE')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, heropenen' }));
    expect(await screen.findByText('Verblijf/Wonen in Epe is heropend.')).toHaveAttribute('role', 'status');
    const call = api.calls.find((call) => call.method === 'DELETE')!;
    expect(call.url.pathname).toMatch(/\/closed-product-groups\/c1$/);
    expect(call.url.searchParams.get('regionCode')).toBe('MIJOV');
  });
});
