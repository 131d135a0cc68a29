import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import budget from '../../tests/fixtures/figures/budget.json';
import inflow from '../../tests/fixtures/figures/inflow.json';
import outflow from '../../tests/fixtures/figures/outflow.json';
import spend from '../../tests/fixtures/figures/spend.json';
import waits from '../../tests/fixtures/figures/waits.json';
import { accessToken, fakeApi, fakeUserManager, problem, renderRoute } from '../test/render';
import { Component as MonitoringPage } from './monitoring';

beforeAll(() => {
  // jsdom has no layout: the charts' ResponsiveContainer needs a ResizeObserver to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const analyst = () =>
  fakeUserManager({ user: { access_token: accessToken({ role: 'region_analyst', regionCode: 'MIJOV' }) } });
const figures = (extra: Record<string, unknown> = {}) =>
  fakeApi({
    '/figures/inflow': inflow,
    '/figures/outflow': outflow,
    '/figures/waits': waits,
    '/figures/spend': spend,
    '/figures/budget': budget,
    ...extra,
  });
const table = (name: string) => screen.getByRole('table', { name: `${name}: de cijfers` });

describe('monitoring dashboards', () => {
  it('shows each figure as a table beside its chart, with small counts written as "<5"', async () => {
    renderRoute(<MonitoringPage />, { fetch: figures().fetch, userManager: analyst() });
    await screen.findByRole('table', { name: 'Instroom en uitstroom: de cijfers' });

    const flows = within(table('Instroom en uitstroom')).getAllByRole('row');
    expect(flows[1]).toHaveTextContent('2026-084230246');
    expect(flows[2]).toHaveTextContent('2026-09<528<5<5');
    expect(within(table('Wachttijden: gemeld en gemeten')).getAllByRole('row')[2]).toHaveTextContent('2026-09<5<5<55');
    expect(within(table('Uitgaven')).getAllByRole('row')[1]).toHaveTextContent('125.000');
    expect(within(table('Uitgaven tegenover budget')).getAllByRole('row')[1]).toHaveTextContent('Apeldoorn2026910.0001.000.0000,91near');
  });

  it('asks for the period and municipality in the URL, and checks months as they are typed', async () => {
    const api = figures();
    const { router } = renderRoute(<MonitoringPage />, {
      url: '/?from=2026-01&to=2026-06',
      fetch: api.fetch,
      userManager: analyst(),
    });
    await screen.findByRole('table', { name: 'Instroom en uitstroom: de cijfers' });
    expect(Object.fromEntries(api.calls[0]!.url.searchParams)).toEqual({ from: '2026-01', to: '2026-06' });

    const from = screen.getByLabelText('Van maand');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-07');
    expect(from).toHaveAccessibleDescription(expect.stringContaining('De beginmaand ligt na de eindmaand.'));
    await userEvent.clear(from);
    await userEvent.type(from, '2026-02');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Apeldoorn');
    await userEvent.click(screen.getByRole('button', { name: 'Toon cijfers' }));
    expect(router.state.location.search).toBe('?from=2026-02&to=2026-06&municipality=0200');
    await waitFor(() =>
      expect(api.calls.some((call) => call.url.searchParams.get('municipality') === '0200')).toBe(true),
    );
  });

  it('downloads a figure as CSV with the access token', async () => {
    const createObjectURL = vi.fn(() => 'blob:csv');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const api = figures({
      '/figures/inflow': (url: URL) =>
        url.searchParams.get('format') === 'csv'
          ? new Response('month,inflow\n2026-08,42\n2026-09,<5\n', { headers: { 'Content-Type': 'text/csv' } })
          : new Response(JSON.stringify(inflow), { headers: { 'Content-Type': 'application/json' } }),
    });
    renderRoute(<MonitoringPage />, { fetch: api.fetch, userManager: analyst() });
    await userEvent.click(await screen.findByRole('button', { name: 'Download instroom als CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = api.calls.find((call) => call.url.searchParams.get('format') === 'csv')!;
    expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
  });

  it('shows an error and an empty figure', async () => {
    renderRoute(<MonitoringPage />, {
      fetch: figures({
        '/figures/waits': () => problem({ status: 403, title: 'Buiten uw regio' }),
        '/figures/budget': { ...budget, rows: [] },
      }).fetch,
      userManager: analyst(),
    });
    expect(await screen.findByRole('heading', { name: 'Buiten uw regio' })).toBeVisible();
    expect(await screen.findByText('Er zijn geen cijfers voor deze periode.')).toBeVisible();
  });
});
