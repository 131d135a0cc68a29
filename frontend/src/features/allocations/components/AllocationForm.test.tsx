import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import allocations from '../../../../tests/fixtures/allocations.json';
import searchResponse from '../../../../tests/fixtures/search.json';
import { accessToken, fakeApi, fakeUserManager, json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { AllocationForm } from './AllocationForm';

const userManager = () =>
  fakeUserManager({ user: { access_token: accessToken({ role: 'access_team', municipalityCode: '0200' }) } });

function renderForm(answer: unknown = (_url: URL, call: RecordedCall) => json({ ...allocations.items[0], ...(call.body as object), number: 1002 })) {
  const api = fakeApi({ '/search': searchResponse, 'POST /allocations': answer });
  renderRoute(<AllocationForm municipalityCode="0200" />, { fetch: api.fetch, userManager: userManager() });
  return api;
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

async function fillValid() {
  await userEvent.type(screen.getByRole('searchbox', { name: 'Naam van de aanbieder' }), 'Linde{Enter}');
  await userEvent.click(await screen.findByRole('radio', { name: /Jeugdpraktijk De Linde: Behandeling individueel \(45A11\)/ }));
  await userEvent.type(field('BSN'), '111222333');
  await userEvent.type(field('Naam'), 'Sam de Vries');
  await userEvent.type(screen.getByLabelText('Geboortedatum'), '2015-03-02');
  await userEvent.type(field('Aantal'), '2,5');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Eenheid' }), 'uur');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Frequentie' }), 'per week');
  await userEvent.type(screen.getByLabelText('Startdatum'), '2026-12-01');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Verwijzer' }), 'Huisarts');
  await userEvent.type(field('Reden van de toewijzing'), 'Angstklachten');
}

describe('AllocationForm', () => {
  it('checks the BSN with the eleven-test as it is typed', async () => {
    renderForm();
    const bsn = field('BSN');
    await userEvent.type(bsn, '1234');
    expect(bsn).toHaveAccessibleDescription(expect.stringContaining('Een BSN bestaat uit 9 cijfers.'));
    await userEvent.type(bsn, '56789');
    expect(bsn).toHaveAccessibleDescription(expect.stringContaining('Dit BSN klopt niet.'));
    await userEvent.clear(bsn);
    await userEvent.type(bsn, '123456782');
    expect(bsn).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks amounts and dates as they are typed', async () => {
    renderForm();
    const amount = field('Aantal');
    await userEvent.type(amount, '0');
    expect(amount).toHaveAccessibleDescription('Vul een aantal groter dan 0 in, met hoogstens 2 decimalen.');
    await userEvent.clear(amount);
    await userEvent.type(amount, '1.25');
    expect(amount).not.toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(screen.getByLabelText('Startdatum'), '2026-12-01');
    const end = screen.getByLabelText(/^Einddatum/);
    await userEvent.type(end, '2026-11-01');
    expect(end).toHaveAccessibleDescription(expect.stringContaining('De einddatum ligt voor de startdatum.'));
  });

  it('does not send an incomplete form and names every field to fix', async () => {
    const api = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Toewijzing versturen' }));
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
    expect(screen.getByText(/Er zijn 10 velden die nog niet kloppen/)).toBeVisible();
    expect(field('BSN')).toHaveAccessibleDescription(expect.stringContaining('Vul dit veld in.'));
    expect(screen.getByText('Kies een aanbieder en product uit de zoekresultaten.')).toBeVisible();
  });

  it('sends the allocation with an Idempotency-Key, once per submission', async () => {
    const api = renderForm();
    await fillValid();
    const [search] = api.calls.filter((call) => call.url.pathname.endsWith('/search'));
    expect(Object.fromEntries(search!.url.searchParams)).toMatchObject({ q: 'Linde', municipality: '0200' });

    await userEvent.click(screen.getByRole('button', { name: 'Toewijzing versturen' }));
    expect(await screen.findByText(/Toewijzing 1002 is verstuurd naar Jeugdpraktijk De Linde/)).toBeVisible();
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.body).toEqual({
      municipalityCode: '0200',
      providerId: '0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01',
      productCode: '45A11',
      client: { bsn: '111222333', name: 'Sam de Vries', birthDate: '2015-03-02' },
      volume: { amount: '2.5', unit: 'uur', frequency: 'per_week' },
      startDate: '2026-12-01',
      endDate: null,
      referrerType: '02',
      reason: 'Angstklachten',
    });
    // The form is empty again for the next allocation.
    expect(field('BSN')).toHaveValue('');
  });

  it('sends the same key again when the same submission is retried after an error', async () => {
    let attempt = 0;
    const api = renderForm(() =>
      ++attempt === 1 ? problem({ status: 503, title: 'Tijdelijk niet beschikbaar' }) : json({ ...allocations.items[0], number: 1003 }),
    );
    await fillValid();
    await userEvent.click(screen.getByRole('button', { name: 'Toewijzing versturen' }));
    expect(await screen.findByRole('heading', { name: 'Tijdelijk niet beschikbaar' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Toewijzing versturen' }));
    expect(await screen.findByText(/Toewijzing 1003 is verstuurd/)).toBeVisible();
    const keys = api.calls.filter((call) => call.method === 'POST').map((call) => call.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('shows the service’s objection beside the field it names, linked from the summary', async () => {
    renderForm(() =>
      problem({
        status: 422,
        title: 'De toewijzing kan niet',
        invalidParams: [{ name: 'client.bsn', code: 'bsn-invalid', reason: 'Het BSN voldoet niet aan de elfproef.' }],
      }),
    );
    await fillValid();
    await userEvent.click(screen.getByRole('button', { name: 'Toewijzing versturen' }));
    const alert = (await screen.findByRole('heading', { name: 'De toewijzing kan niet' })).closest('.utrecht-alert')!;
    expect(within(alert as HTMLElement).getByRole('link', { name: 'Het BSN voldoet niet aan de elfproef.' })).toHaveAttribute(
      'href',
      `#${field('BSN').id}`,
    );
    expect(field('BSN')).toHaveAccessibleDescription(expect.stringContaining('Het BSN voldoet niet aan de elfproef.'));
  });
});
