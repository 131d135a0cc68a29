import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import application from '../../../../tests/fixtures/application.json';
import vocabularies from '../../../../tests/fixtures/vocabularies.json';
import { accessToken, fakeApi, fakeUserManager, json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { Component as AdmissionPage } from '../../../routes/admission';

const provider = () =>
  fakeUserManager({ user: { access_token: accessToken({ role: 'provider', providerId: application.providerId }) } });
const submitted = { ...application, status: 'submitted', requirements: application.requirements.map((r) => ({ ...r, verdict: null, evidenceCount: 0 })) };

function renderPage(routes: Record<string, unknown> = {}) {
  const api = fakeApi({
    '/vocabularies': vocabularies,
    'GET /applications': { items: [], nextCursor: null },
    'POST /applications': submitted,
    [`/applications/${application.id}`]: submitted,
    ...routes,
  });
  renderRoute(<AdmissionPage />, { fetch: api.fetch, userManager: provider() });
  return api;
}

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('applying for admission', () => {
  it('goes step by step, refusing to go on without a choice, and submits once with an Idempotency-Key', async () => {
    const api = renderPage();
    expect(await screen.findByText('U heeft nog geen aanvragen.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe aanvraag' }));
    expect(screen.getByRole('heading', { name: 'Stap 1 van 4: Gebied' })).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Stappen van de aanvraag' })).getByText('Gebied')).toHaveAttribute('aria-current', 'step');

    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(screen.getByRole('combobox', { name: 'Regio' })).toHaveAccessibleDescription('Kies een regio.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Regio' }), 'Zorgregio Midden-IJssel/Oost-Veluwe');
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(screen.getByText('Kies ten minste één gemeente.')).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Apeldoorn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(screen.getByRole('heading', { name: 'Stap 2 van 4: Zorg' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(screen.getByText('Kies ten minste één product.')).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gezinsbehandeling (45A52)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(screen.getByRole('heading', { name: 'Stap 3 van 4: Controleren en indienen' })).toBeVisible();
    expect(screen.getByText('Gemeenten: Apeldoorn')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));

    expect(await screen.findByRole('heading', { name: 'Stap 4 van 4: Bewijs' })).toBeVisible();
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.body).toEqual({ regionCode: 'MIJOV', municipalityCodes: ['0200'], productCodes: ['45A52'], productGroups: [] });
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('0 van 2 eisen hebben bewijs')).toBeVisible();
  });

  it('shows why the service refused the application', async () => {
    renderPage({
      'POST /applications': () =>
        problem({ status: 422, title: 'Aanmeldvenster gesloten', detail: 'Er is nu geen aanmeldvenster open voor deze regio.' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe aanvraag' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Regio' }), 'Zorgregio Midden-IJssel/Oost-Veluwe');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Apeldoorn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gezinsbehandeling (45A52)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
    await userEvent.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));
    expect(await screen.findByRole('heading', { name: 'Aanmeldvenster gesloten' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Stap 3 van 4: Controleren en indienen' })).toBeVisible();
  });

  it('checks a document before upload, asks a validity date for evidence that expires, and uploads it', async () => {
    let uploaded: RecordedCall | undefined;
    const api = renderPage({
      'GET /applications': { items: [submitted], nextCursor: null },
      [`POST /applications/${application.id}/evidence`]: (_url: URL, call: RecordedCall) => {
        uploaded = call;
        return json({ id: 'ev1', requirementCode: 'skj', evidenceType: 'skj_registration', filename: 'skj.pdf', mediaType: 'application/pdf', size: 10, sha256: 'x', validUntil: '2027-12-31', uploaded: { subject: 'p', role: 'provider', at: '2026-11-25T10:00:00Z' } });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Bewijs toevoegen' }));
    const form = await screen.findByRole('form', { name: 'Bewijs voor SKJ-registratie van professionals' });
    const input = within(form).getByLabelText('Document');

    await userEvent.upload(input, file('foto.gif', 'image/gif'), { applyAccept: false });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Kies een PDF-, PNG- of JPEG-bestand.'));
    await userEvent.upload(input, file('groot.pdf', 'application/pdf', 11 * 1024 * 1024));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Het bestand is groter dan 10 MB.'));
    await userEvent.upload(input, file('skj.pdf', 'application/pdf'));
    expect(input).not.toHaveAttribute('aria-invalid');

    await userEvent.click(within(form).getByRole('button', { name: /^Uploaden/ }));
    const valid = within(form).getByLabelText('Geldig tot en met');
    expect(valid).toHaveAccessibleDescription('Dit bewijs verloopt: vul de datum in tot wanneer het geldig is.');
    await userEvent.type(valid, '2027-12-31');
    await userEvent.click(within(form).getByRole('button', { name: /^Uploaden/ }));

    expect(await within(form).findByText('skj.pdf is toegevoegd.')).toBeVisible();
    await waitFor(() => expect(uploaded).toBeDefined());
    expect(uploaded!.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(String(uploaded!.body)).toContain('name="requirementCode"');
    expect(String(uploaded!.body)).toContain('2027-12-31');
    expect(api.calls.filter((call) => call.url.pathname.endsWith(`/applications/${application.id}`)).length).toBeGreaterThan(1);
  });
});
