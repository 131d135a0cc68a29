import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import region from '../../../../tests/fixtures/region.json';
import { Component as RegionPage } from '../../../routes/region';
import { json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { noContent, regionApi, regionUser } from '../testing';

const created = (_url: URL, call: RecordedCall) => json({ ...(call.body as object), id: 'w2', openNow: false });

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Aanmeldvenster openen' }));
  return within(await screen.findByRole('form', { name: 'Aanmeldvenster openen' }));
}

describe('opening an intake window', () => {
  it('checks the dates as they are typed, and asks an interim opening for its product group', async () => {
    const api = regionApi({ 'POST /intake-windows': created });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    await userEvent.type(form.getByLabelText('Open vanaf'), '2027-05-01');
    const closes = form.getByLabelText('Sluit op');
    await userEvent.type(closes, '2027-04-01');
    expect(closes).toHaveAccessibleDescription('De sluitdatum ligt voor de openingsdatum.');
    await userEvent.clear(closes);
    await userEvent.type(closes, '2027-05-31');
    expect(closes).not.toHaveAttribute('aria-invalid', 'true');

    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Soort opening' }), 'interim');
    await userEvent.click(form.getByRole('button', { name: 'Aanmeldvenster opslaan' }));
    const group = form.getByRole('combobox', { name: 'Productgroep' });
    expect(group).toHaveAccessibleDescription('Maak een keuze.');
    expect(group).toHaveFocus();
    expect(form.getByText('Er is 1 veld dat nog niet klopt. Het is hierboven gemarkeerd.')).toBeVisible();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('sends the window, says so in a status message and reloads the list', async () => {
    const api = regionApi({ 'POST /intake-windows': created });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_assessor') });
    const form = await openForm();
    expect(form.getAllByRole('option').map((option) => option.textContent)).toEqual(['Regulier', 'Tussentijds']);
    await userEvent.type(form.getByRole('textbox', { name: /^Naam/ }), ' Najaar 2027 ');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Soort opening' }), 'interim');
    expect(within(form.getByRole('combobox', { name: 'Productgroep' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Maak een keuze',
      'Behandeling',
      'Verblijf/Wonen',
    ]);
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Productgroep' }), 'Behandeling');
    await userEvent.type(form.getByLabelText('Open vanaf'), '2027-09-01');
    await userEvent.type(form.getByLabelText('Sluit op'), '2027-09-30');
    await userEvent.click(form.getByRole('button', { name: 'Aanmeldvenster opslaan' }));

    await waitFor(() => expect(screen.getByText('Aanmeldvenster Najaar 2027 is opengezet.')).toBeVisible());
    expect(screen.getByText('Aanmeldvenster Najaar 2027 is opengezet.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('form', { name: 'Aanmeldvenster openen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aanmeldvenster openen' })).toHaveFocus();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      regionCode: 'MIJOV',
      name: 'Najaar 2027',
      kind: 'interim',
      productGroup: 'Behandeling',
      opensOn: '2027-09-01',
      closesOn: '2027-09-30',
    });
    await waitFor(() => expect(api.calls.filter((call) => call.method === 'GET' && call.url.pathname.endsWith('/intake-windows'))).toHaveLength(2));
  });

  it('sends a regular window without a product group, and keeps the button disabled while busy', async () => {
    let answer: (response: Response) => void = () => {};
    const api = regionApi({ 'POST /intake-windows': () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('admin') });
    const form = await openForm();
    await userEvent.type(form.getByLabelText('Open vanaf'), '2027-09-01');
    await userEvent.type(form.getByLabelText('Sluit op'), '2027-09-30');
    await userEvent.click(form.getByRole('button', { name: 'Aanmeldvenster opslaan' }));
    await waitFor(() => expect(form.getByRole('button', { name: 'Aanmeldvenster opslaan' })).toBeDisabled());
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      regionCode: 'MIJOV',
      name: '',
      kind: 'regular',
      productGroup: null,
      opensOn: '2027-09-01',
      closesOn: '2027-09-30',
    });
    answer(json({ id: 'w3', regionCode: 'MIJOV', name: '', kind: 'regular', productGroup: null, opensOn: '2027-09-01', closesOn: '2027-09-30', openNow: false }));
    expect(await screen.findByText('Aanmeldvenster het venster van 1 september 2027 tot 30 september 2027 is opengezet.')).toBeVisible();
  });

  it('shows the service’s objection beside the field it names', async () => {
    const api = regionApi({
      'POST /intake-windows': () =>
        problem({
          status: 422,
          title: 'Dit kan niet volgens de toelatingsregels',
          invalidParams: [{ name: 'closesOn', code: 'window-dates', reason: 'Een toetredingsmoment sluit niet voor het opengaat.' }],
        }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const form = await openForm();
    await userEvent.type(form.getByLabelText('Open vanaf'), '2027-09-01');
    await userEvent.type(form.getByLabelText('Sluit op'), '2027-09-30');
    await userEvent.click(form.getByRole('button', { name: 'Aanmeldvenster opslaan' }));
    expect(await form.findByRole('heading', { name: 'Dit kan niet volgens de toelatingsregels' })).toBeVisible();
    // Sent again unchanged, the submission carries the same Idempotency-Key: the service does it once.
    await userEvent.click(form.getByRole('button', { name: 'Aanmeldvenster opslaan' }));
    await waitFor(() => expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(2));
    const [first, again] = api.calls.filter((call) => call.method === 'POST').map((call) => call.headers.get('Idempotency-Key'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(again).toBe(first);
    const closes = form.getByLabelText('Sluit op');
    expect(closes).toHaveAccessibleDescription('Een toetredingsmoment sluit niet voor het opengaat.');
    expect(form.getByRole('link', { name: 'Een toetredingsmoment sluit niet voor het opengaat.' })).toHaveAttribute('href', `#${closes.id}`);
    // Changing the field takes the objection away: the service has not seen the new value.
    await userEvent.clear(closes);
    await userEvent.type(closes, '2027-10-31');
    expect(closes).not.toHaveAccessibleDescription('Een toetredingsmoment sluit niet voor het opengaat.');
  });
});

describe('deleting an intake window', () => {
  const future = { ...region.windows[0]!, id: 'w9', name: 'Voorjaar 2099', opensOn: '2099-03-01', closesOn: '2099-03-31' };
  const current = { ...region.windows[0]!, id: 'w1', name: 'Doorlopend', opensOn: '2026-01-01', closesOn: '2099-12-31', openNow: true };

  it('deletes a window that has not opened yet, only after confirmation', async () => {
    const api = regionApi({ '/intake-windows': [current, future], 'DELETE /intake-windows/w9': noContent });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const table = await screen.findByRole('table', { name: 'Aanmeldvensters' });
    // A window that is open already cannot be deleted.
    expect(within(table).getAllByRole('button')).toHaveLength(1);
    const remove = within(table).getByRole('button', { name: 'Verwijderen: Voorjaar 2099' });

    await userEvent.click(remove);
    const confirm = screen.getByRole('group', { name: /Wilt u aanmeldvenster Voorjaar 2099 verwijderen\?/ });
    expect(confirm).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(remove).toHaveFocus();
    expect(api.calls.some((call) => call.method === 'DELETE')).toBe(false);

    await userEvent.click(remove);
    await userEvent.click(within(screen.getByRole('group', { name: /Voorjaar 2099/ })).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('Aanmeldvenster Voorjaar 2099 is verwijderd.')).toHaveAttribute('role', 'status');
    const call = api.calls.find((call) => call.method === 'DELETE')!;
    expect(call.url.pathname).toMatch(/\/intake-windows\/w9$/);
    expect(call.url.searchParams.get('regionCode')).toBe('MIJOV');
  });

  it('shows why a window could not be deleted', async () => {
    const api = regionApi({
      '/intake-windows': [future],
      'DELETE /intake-windows/w9': () => problem({ status: 404, title: 'Toetredingsmoment niet gevonden' }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    await userEvent.click(await screen.findByRole('button', { name: 'Verwijderen: Voorjaar 2099' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByRole('heading', { name: 'Toetredingsmoment niet gevonden' })).toBeVisible();
  });
});
