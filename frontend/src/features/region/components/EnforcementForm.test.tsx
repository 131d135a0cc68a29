import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import region from '../../../../tests/fixtures/region.json';
import { Component as RegionPage } from '../../../routes/region';
import { json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { today } from '../../../lib/validation';
import { regionApi, regionUser } from '../testing';

const LINDE = region.providers.items[0]!.id;
const imposed = (_url: URL, call: RecordedCall) =>
  json({ ...region.enforcements[0], ...(call.body as object), id: 'e2', providerId: LINDE, active: true });

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Maatregel opleggen' }));
  return within(await screen.findByRole('form', { name: 'Maatregel opleggen' }));
}

describe('imposing an enforcement measure', () => {
  it('asks a fine for a positive amount and a measure for an end after its start', async () => {
    const api = regionApi({ [`POST /providers/${LINDE}/enforcements`]: imposed });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    const kind = form.getByRole('combobox', { name: 'Maatregel' });
    // Only a fine has an amount.
    expect(form.queryByRole('textbox', { name: 'Bedrag in euro' })).not.toBeInTheDocument();
    await userEvent.selectOptions(kind, 'Bestuurlijke boete');
    const amount = form.getByRole('textbox', { name: 'Bedrag in euro' });
    await userEvent.type(amount, '0');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Vul een bedrag groter dan 0 in, met hoogstens 2 decimalen.'));
    await userEvent.clear(amount);
    await userEvent.type(amount, '-5');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Vul een bedrag groter dan 0 in'));

    await userEvent.selectOptions(kind, 'Schorsing');
    expect(form.queryByRole('textbox', { name: 'Bedrag in euro' })).not.toBeInTheDocument();
    const ends = form.getByLabelText(/^Einddatum/);
    await userEvent.clear(form.getByLabelText('Ingangsdatum'));
    await userEvent.type(form.getByLabelText('Ingangsdatum'), '2026-12-01');
    await userEvent.type(ends, '2026-11-01');
    expect(ends).toHaveAccessibleDescription('De einddatum ligt voor de ingangsdatum.');

    await userEvent.click(form.getByRole('button', { name: 'Maatregel vastleggen' }));
    expect(form.getByRole('combobox', { name: 'Aanbieder' })).toHaveAccessibleDescription('Maak een keuze.');
    expect(form.getByRole('combobox', { name: 'Aanbieder' })).toHaveFocus();
    expect(form.getByRole('textbox', { name: 'Reden' })).toHaveAccessibleDescription('Vul dit veld in.');
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('imposes a fine on a provider chosen from the admission service’s list', async () => {
    const api = regionApi({ [`POST /providers/${LINDE}/enforcements`]: imposed });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    const provider = form.getByRole('combobox', { name: 'Aanbieder' });
    expect(within(provider).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Maak een keuze',
      'Jeugdpraktijk De Linde',
      'Stichting Opgroeien Oost',
    ]);
    expect(api.calls.find((call) => call.url.pathname.endsWith('/providers'))?.url.searchParams.get('limit')).toBe('200');
    await userEvent.selectOptions(provider, 'Jeugdpraktijk De Linde');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Maatregel' }), 'Bestuurlijke boete');
    await userEvent.type(form.getByRole('textbox', { name: 'Bedrag in euro' }), '2500,50');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden' }), 'Herhaald te laat gefactureerd');
    await userEvent.click(form.getByRole('button', { name: 'Maatregel vastleggen' }));

    expect(await screen.findByText('Bestuurlijke boete is opgelegd aan Jeugdpraktijk De Linde.')).toHaveAttribute('role', 'status');
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      regionCode: 'MIJOV',
      kind: 'administrative_fine',
      startsOn: today(),
      endsOn: null,
      amount: '2500.50',
      municipalityCodes: [],
      reason: 'Herhaald te laat gefactureerd',
    });
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'GET' && call.url.pathname.endsWith('/enforcements'))).toHaveLength(2),
    );
  });

  it('sends an exit with the municipalities ticked, without amount or end date', async () => {
    const api = regionApi({ [`POST /providers/${LINDE}/enforcements`]: imposed });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_assessor') });
    const form = await openForm();
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Aanbieder' }), 'Jeugdpraktijk De Linde');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Maatregel' }), 'Uittreding');
    expect(form.queryByLabelText(/^Einddatum/)).not.toBeInTheDocument();
    const municipalities = form.getByRole('group', { name: 'Gemeenten waaruit de aanbieder uittreedt' });
    await userEvent.click(within(municipalities).getByRole('checkbox', { name: 'Epe' }));
    await userEvent.click(within(municipalities).getByRole('checkbox', { name: 'Apeldoorn' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Reden' }), 'Contract niet nagekomen');
    await userEvent.click(form.getByRole('button', { name: 'Maatregel vastleggen' }));
    expect(await screen.findByText('Uittreding is opgelegd aan Jeugdpraktijk De Linde.')).toBeVisible();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      kind: 'exit',
      endsOn: null,
      amount: null,
      municipalityCodes: ['0232', '0200'],
    });
  });

  it('shows the service’s objection beside the provider', async () => {
    const api = regionApi({
      [`POST /providers/${LINDE}/enforcements`]: () =>
        problem({
          status: 422,
          title: 'Dit kan niet volgens de toelatingsregels',
          invalidParams: [{ name: 'providerId', code: 'provider-not-admitted', reason: 'De zorgaanbieder is niet toegelaten in regio MIJOV.' }],
        }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Aanbieder' }), 'Jeugdpraktijk De Linde');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Maatregel' }), 'Verbeteraanbod');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden' }), 'Kwaliteit');
    await userEvent.click(form.getByRole('button', { name: 'Maatregel vastleggen' }));
    expect(await form.findByRole('heading', { name: 'Dit kan niet volgens de toelatingsregels' })).toBeVisible();
    expect(form.getByRole('combobox', { name: 'Aanbieder' })).toHaveAccessibleDescription('De zorgaanbieder is niet toegelaten in regio MIJOV.');
  });

  it('follows the provider list’s cursor to the next page', async () => {
    const [first, second] = region.providers.items;
    const api = regionApi({
      '/providers': (url: URL) =>
        json(url.searchParams.get('cursor') === 'p2' ? { items: [second], nextCursor: null } : { items: [first], nextCursor: 'p2' }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    expect(within(form.getByRole('combobox', { name: 'Aanbieder' })).getAllByRole('option')).toHaveLength(3);
  });

  it('lists each measure with its provider’s name, a fine’s amount and an exit’s municipalities', async () => {
    const fine = { ...region.enforcements[0]!, id: 'e2', providerId: LINDE, kind: 'administrative_fine', amount: '1250.00' };
    const exit = { ...region.enforcements[0]!, id: 'e3', kind: 'exit', municipalityCodes: ['0232', '0301'] };
    renderRoute(<RegionPage />, { fetch: regionApi({ '/enforcements': [fine, exit] }).fetch, userManager: regionUser('region_contract_manager') });
    const card = (await screen.findByRole('heading', { name: /Bestuurlijke boete — loopt/ })).closest('article')!;
    await waitFor(() => expect(card).toHaveTextContent('Aanbieder: Jeugdpraktijk De Linde.'));
    expect(card).toHaveTextContent(/Bedrag: € 1\.250,00\./);
    // A fine and an exit cannot be lifted.
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    const exitCard = screen.getByRole('heading', { name: /Uittreding — loopt/ }).closest('article')!;
    expect(exitCard).toHaveTextContent('Uittreding uit: Epe, Zutphen.');
    expect(within(exitCard).queryByRole('button')).not.toBeInTheDocument();
  });
});
