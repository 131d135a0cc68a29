import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import region from '../../../../tests/fixtures/region.json';
import { Component as RegionPage } from '../../../routes/region';
import { json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import type { Contract } from '../api';
import { regionApi, regionUser } from '../testing';

type Row = Contract;

/**
 * The contracting service's contracts as a test changes them: the list, and each step's answer (the
 * contract as it now is). `answer` may replace a step's answer (a problem, say).
 */
function contractsApi(answer: Record<string, (call: RecordedCall) => Response> = {}) {
  const rows = region.contracts.map((row) => ({ ...row })) as Row[]; // JSON gives kind and status as plain strings
  const step = (name: string, change: (row: Row, body: Record<string, string>) => Partial<Row>) => (url: URL, call: RecordedCall) => {
    const id = url.pathname.split('/').at(-2)!;
    const custom = answer[`${name} ${id}`];
    if (custom) return custom(call);
    const row = rows.find((item) => item.id === id)!;
    Object.assign(row, change(row, call.body as Record<string, string>));
    return json({ ...row, lines: [], amendments: [] });
  };
  return regionApi({
    '/contracts': () => json(rows),
    'POST /contracts/c1/signature': step('sign', () => ({ status: 'active' })),
    'POST /contracts/c2/signature': step('sign', () => ({ status: 'active', signedAt: '2026-11-26T10:00:00Z' })),
    'POST /contracts/c1/extensions': step('extend', (row) => ({ endsOn: '2030-12-31', extensionsUsed: row.extensionsUsed + 1 })),
    'POST /contracts/c1/termination': step('terminate', (_row, body) => ({
      status: 'terminated',
      terminatedOn: body.terminatedOn,
      terminationReason: body.reason,
      endsOn: body.terminatedOn,
    })),
  });
}

const posts = (api: { calls: RecordedCall[] }) => api.calls.filter((call) => call.method === 'POST');
const contractsTable = () => screen.findByRole('table', { name: 'Contracten in regio MIJOV' });
const rowOf = (table: HTMLElement, provider: string) => within(table).getByRole('cell', { name: provider }).closest('tr')!;

describe('contracts on the region page, for the contract manager', () => {
  it('signs a draft contract after confirmation naming the provider, and shows its new status', async () => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const table = await contractsTable();
    const draft = rowOf(table, 'Stichting Opgroeien Oost');
    expect(draft).toHaveTextContent('Stichting Opgroeien OostRaamovereenkomstConcept1 januari 202731 december 20300 van 1');
    // Only a draft can be signed; the active contract offers extending and terminating instead.
    expect(within(rowOf(table, 'Jeugdpraktijk De Linde')).queryByRole('button', { name: /^Ondertekenen/ })).not.toBeInTheDocument();

    const button = within(draft).getByRole('button', { name: 'Ondertekenen: Stichting Opgroeien Oost (Raamovereenkomst)' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const confirm = screen.getByRole('group', { name: /Wilt u het contract met Stichting Opgroeien Oost \(Raamovereenkomst, vanaf 1 januari 2027\) ondertekenen\?/ });
    expect(confirm).toHaveFocus();
    expect(posts(api)).toHaveLength(0);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, ondertekenen' }));
    expect(await screen.findByText('Het contract met Stichting Opgroeien Oost is ondertekend en loopt nu.')).toHaveAttribute('role', 'status');
    expect(posts(api)).toHaveLength(1);
    expect(posts(api)[0]!.url.pathname).toMatch(/\/contracts\/c2\/signature$/);
    expect(posts(api)[0]!.body).toBeUndefined();
    const signed = rowOf(await contractsTable(), 'Stichting Opgroeien Oost');
    expect(signed).toHaveTextContent('Loopt');
    expect(within(signed).queryByRole('button', { name: /^Ondertekenen/ })).not.toBeInTheDocument();
    expect(within(signed).getByRole('button', { name: 'Beëindigen: Stichting Opgroeien Oost (Raamovereenkomst)' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Contracten' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: /ondertekenen\?/ })).not.toBeInTheDocument();
  });

  it('returns focus to the row’s button when the confirmation is cancelled', async () => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('admin') });
    // An admin has no region of its own: this one carries MIJOV in its token (regionUser).
    const button = await screen.findByRole('button', { name: /^Ondertekenen: Stichting Opgroeien Oost/ });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(posts(api)).toHaveLength(0);
  });

  it('asks the last day and a reason to terminate a contract, as they are typed', async () => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    await userEvent.click(await screen.findByRole('button', { name: 'Beëindigen: Jeugdpraktijk De Linde (Raamovereenkomst)' }));
    const formElement = screen.getByRole('form', { name: 'Contract met Jeugdpraktijk De Linde beëindigen' });
    expect(formElement).toHaveFocus();
    const form = within(formElement);
    const lastDay = form.getByLabelText('Laatste dag van het contract');
    const reason = form.getByRole('textbox', { name: 'Reden van beëindigen' });

    await userEvent.click(form.getByRole('button', { name: 'Verder' }));
    expect(lastDay).toHaveAccessibleDescription('Vul dit veld in.');
    expect(lastDay).toHaveFocus();
    expect(reason).toHaveAccessibleDescription('Vul dit veld in.');

    // Checked as it is typed: a day before the contract's start, then a good one.
    await userEvent.type(lastDay, '2025-12-31');
    expect(lastDay).toHaveAccessibleDescription('De datum ligt voor het begin van het contract.');
    await userEvent.clear(lastDay);
    await userEvent.type(lastDay, '2027-06-30');
    expect(lastDay).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(reason, '   ');
    expect(reason).toHaveAccessibleDescription('Vul dit veld in.');
    await userEvent.type(reason, 'x'.repeat(501));
    expect(reason).toHaveAccessibleDescription('Gebruik hoogstens 500 tekens.');
    expect(posts(api)).toHaveLength(0);
  });

  it('terminates a contract after confirmation', async () => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    await userEvent.click(await screen.findByRole('button', { name: /^Beëindigen: Jeugdpraktijk De Linde/ }));
    const form = within(screen.getByRole('form', { name: 'Contract met Jeugdpraktijk De Linde beëindigen' }));
    await userEvent.type(form.getByLabelText('Laatste dag van het contract'), '2027-06-30');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden van beëindigen' }), '  Aanbieder stopt met jeugdhulp ');
    await userEvent.click(form.getByRole('button', { name: 'Verder' }));
    const confirm = screen.getByRole('group', { name: 'Wilt u het contract met Jeugdpraktijk De Linde beëindigen per 30 juni 2027? Dit kan niet ongedaan worden gemaakt.' });
    expect(confirm).toHaveFocus();
    expect(posts(api)).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, beëindigen' }));

    expect(await screen.findByText('Het contract met Jeugdpraktijk De Linde is beëindigd per 30 juni 2027.')).toHaveAttribute('role', 'status');
    expect(posts(api)[0]!.url.pathname).toMatch(/\/contracts\/c1\/termination$/);
    expect(posts(api)[0]!.body).toEqual({ terminatedOn: '2027-06-30', reason: 'Aanbieder stopt met jeugdhulp' });
    const row = rowOf(await contractsTable(), 'Jeugdpraktijk De Linde');
    expect(row).toHaveTextContent('Beëindigd');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the service’s objection on the field it concerns, back in the form', async () => {
    const api = contractsApi({
      'terminate c1': () =>
        problem({
          status: 422,
          title: 'Voldoet niet aan de regels',
          invalidParams: [{ name: 'terminatedOn', code: 'before-contract-start', reason: 'De beëindiging ligt voor het begin van het contract.' }],
        }),
    });
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    await userEvent.click(await screen.findByRole('button', { name: /^Beëindigen: Jeugdpraktijk De Linde/ }));
    let form = within(screen.getByRole('form', { name: /beëindigen$/ }));
    await userEvent.type(form.getByLabelText('Laatste dag van het contract'), '2026-03-31');
    await userEvent.type(form.getByRole('textbox', { name: 'Reden van beëindigen' }), 'Kwaliteit onvoldoende');
    await userEvent.click(form.getByRole('button', { name: 'Verder' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, beëindigen' }));

    form = within(await screen.findByRole('form', { name: /beëindigen$/ }));
    expect(await form.findByRole('heading', { name: 'Voldoet niet aan de regels' })).toBeVisible();
    const lastDay = form.getByLabelText('Laatste dag van het contract');
    expect(lastDay).toHaveAccessibleDescription('De beëindiging ligt voor het begin van het contract.');
    expect(lastDay).toHaveFocus();
    // What was typed is still there; the reason was fine.
    expect(lastDay).toHaveValue('2026-03-31');
    expect(form.getByRole('textbox', { name: 'Reden van beëindigen' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(form.getByRole('link', { name: 'De beëindiging ligt voor het begin van het contract.' })).toHaveAttribute(
      'href',
      '#contract-termination-terminatedOn',
    );
    // Changing the field takes the objection away.
    await userEvent.clear(lastDay);
    await userEvent.type(lastDay, '2026-04-30');
    expect(lastDay).not.toHaveAttribute('aria-invalid', 'true');
    expect(rowOf(await contractsTable(), 'Jeugdpraktijk De Linde')).toHaveTextContent('Loopt');
  });

  it('extends a contract with an end date by one of its options', async () => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser('region_contract_manager') });
    const table = await contractsTable();
    // The draft has an end date too, but only a running contract is extended.
    expect(within(rowOf(table, 'Stichting Opgroeien Oost')).queryByRole('button', { name: /^Verlengen/ })).not.toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Verlengen: Jeugdpraktijk De Linde (Raamovereenkomst)' }));
    const confirm = screen.getByRole('group', { name: /De einddatum schuift een jaar op, van 31 december 2029 naar 31 december 2030\. Dit is verlenging 1 van 2\./ });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, verlengen' }));
    expect(await screen.findByText('Het contract met Jeugdpraktijk De Linde is verlengd tot 31 december 2030.')).toHaveAttribute('role', 'status');
    expect(posts(api)[0]!.url.pathname).toMatch(/\/contracts\/c1\/extensions$/);
    await waitFor(() => expect(rowOf(screen.getByRole('table', { name: /^Contracten/ }), 'Jeugdpraktijk De Linde')).toHaveTextContent('31 december 20301 van 2'));
  });
});

describe('contracts on the region page, for the other region roles', () => {
  it.each(['region_assessor', 'region_analyst'])('shows a %s the contracts without any action', async (role) => {
    const api = contractsApi();
    renderRoute(<RegionPage />, { fetch: api.fetch, userManager: regionUser(role) });
    const table = await contractsTable();
    expect(within(table).getByRole('cell', { name: 'Stichting Opgroeien Oost' })).toBeVisible();
    expect(within(table).getByRole('cell', { name: 'Concept' })).toBeVisible();
    expect(within(table).queryByRole('columnheader', { name: 'Actie' })).not.toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Contracten' });
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
  });
});
