import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import allocations from '../../../../tests/fixtures/allocations.json';
import { accessToken, fakeApi, fakeUserManager, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { AllocationList } from './AllocationList';
import { ProviderActions } from './ProviderActions';

const PROVIDER = '0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01';
const [issued, started] = allocations.items;
const userManager = () =>
  fakeUserManager({ user: { access_token: accessToken({ role: 'provider', providerId: PROVIDER }) } });

function renderList(routes: Record<string, unknown>) {
  const api = fakeApi({ '/allocations': allocations, ...routes });
  renderRoute(
    <AllocationList
      scope={{ provider: PROVIDER }}
      title="Toewijzingen aan u"
      empty="Geen"
      actions={(allocation) => <ProviderActions allocation={allocation} />}
    />,
    { fetch: api.fetch, userManager: userManager() },
  );
  return api;
}

const card = async (number: number) =>
  (await screen.findByRole('heading', { name: new RegExp(`Toewijzing ${number}`) })).closest('article')!;
const echo = (changes: object) => (_url: URL, call: RecordedCall) => {
  const base = allocations.items.find((item) => call.url.pathname.includes(item.id))!;
  return new Response(JSON.stringify({ ...base, client: null, ...changes }), {
    headers: { 'Content-Type': 'application/json' },
  });
};

describe('ProviderActions', () => {
  it('accepts an issued allocation with one click', async () => {
    const api = renderList({ [`POST /allocations/${issued!.id}/acceptance`]: echo({ status: 'accepted' }) });
    const article = await card(1001);
    expect(article).toHaveTextContent('Verstuurd, wacht op antwoord');

    await userEvent.click(within(article).getByRole('button', { name: 'Accepteren: Toewijzing 1001' }));
    expect(await within(article).findByText('De toewijzing is geaccepteerd.')).toBeVisible();
    expect(article).toHaveTextContent('Geaccepteerd');
    // The answer carries no client; the name already shown stays.
    expect(within(article).getByRole('heading')).toHaveTextContent('Toewijzing 1001 — Sam de Vries');
    expect(within(article).getByRole('button', { name: /Start zorg melden/ })).toBeVisible();
    expect(api.calls.at(-1)?.method).toBe('POST');
  });

  it('asks for a reason before refusing, and sends it', async () => {
    const api = renderList({ [`POST /allocations/${issued!.id}/refusal`]: echo({ status: 'refused', refusalReason: 'Vol' }) });
    const article = await card(1001);
    await userEvent.click(within(article).getByRole('button', { name: /^Weigeren/ }));
    const form = within(article).getByRole('form', { name: 'Weigeren' });
    await userEvent.click(within(form).getByRole('button', { name: 'Weigering versturen' }));
    const reason = within(form).getByRole('textbox', { name: 'Waarom weigert u deze toewijzing?' });
    expect(reason).toHaveAccessibleDescription('Vul dit veld in.');
    expect(reason).toHaveFocus();

    await userEvent.type(reason, 'Geen plek tot maart');
    expect(reason).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(within(form).getByRole('button', { name: 'Weigering versturen' }));
    expect(await within(article).findByText('De toewijzing is geweigerd.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toEqual({ reason: 'Geen plek tot maart' });
  });

  it('reports the end of care with a date and a reason code', async () => {
    const api = renderList({
      [`POST /allocations/${started!.id}/care-stop`]: echo({ status: 'stopped', careStoppedOn: '2026-11-20', stopReasonCode: '02' }),
    });
    const article = await card(1000);
    await userEvent.click(within(article).getByRole('button', { name: /^Einde zorg melden/ }));
    const form = within(article).getByRole('form', { name: 'Einde zorg melden' });
    const date = within(form).getByLabelText('Datum einde zorg');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-20');
    await userEvent.click(within(form).getByRole('button', { name: 'Einde versturen' }));
    expect(within(form).getByRole('combobox', { name: 'Reden einde zorg' })).toHaveAccessibleDescription('Maak een keuze.');

    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Reden einde zorg' }), '02 — Levering volgens plan beëindigd');
    await userEvent.click(within(form).getByRole('button', { name: 'Einde versturen' }));
    expect(await within(article).findByText('Het einde van de zorg is gemeld.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toEqual({ stoppedOn: '2026-11-20', reasonCode: '02' });
    expect(article).toHaveTextContent('Zorg beëindigd');
  });

  it('shows why the service refused a step', async () => {
    renderList({
      [`POST /allocations/${started!.id}/care-stop`]: () =>
        problem({
          status: 422,
          title: 'Datum niet mogelijk',
          invalidParams: [{ name: 'stoppedOn', code: 'before-start', reason: 'De einddatum ligt voor de start van de zorg.' }],
        }),
    });
    const article = await card(1000);
    await userEvent.click(within(article).getByRole('button', { name: /^Einde zorg melden/ }));
    const form = within(article).getByRole('form', { name: 'Einde zorg melden' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Reden einde zorg' }), '99 — Overig');
    await userEvent.click(within(form).getByRole('button', { name: 'Einde versturen' }));
    expect(await within(article).findByRole('heading', { name: 'Datum niet mogelijk' })).toBeVisible();
    expect(within(form).getByLabelText('Datum einde zorg')).toHaveAccessibleDescription(
      'De einddatum ligt voor de start van de zorg.',
    );
  });
});
