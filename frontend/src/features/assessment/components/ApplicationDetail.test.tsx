import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import application from '../../../../tests/fixtures/application.json';
import workQueue from '../../../../tests/fixtures/work-queue.json';
import { accessToken, fakeApi, fakeUserManager, json, problem, renderRoute, type RecordedCall } from '../../../test/render';
import { Component as AdmissionPage } from '../../../routes/admission';
import { Component as ApplicationPage } from '../../../routes/application-detail';

const ID = application.id;
const assessor = () =>
  fakeUserManager({ user: { access_token: accessToken({ role: 'region_assessor', regionCode: 'NOV' }) } });
const renderDetail = (routes: Record<string, unknown>) => {
  const api = fakeApi({ [`/applications/${ID}`]: application, ...routes });
  renderRoute(<ApplicationPage />, { path: '/toelating/aanvragen/:applicationId', url: `/toelating/aanvragen/${ID}`, fetch: api.fetch, userManager: assessor() });
  return api;
};
const skj = async () => (await screen.findByRole('heading', { name: 'SKJ-registratie van professionals' })).closest('article')!;

describe('region assessment', () => {
  it('shows the work queue with the next action per application, and the open signals', async () => {
    renderRoute(<AdmissionPage />, { fetch: fakeApi({ '/work-queue': workQueue }).fetch, userManager: assessor() });
    const link = await screen.findByRole('link', { name: 'Stichting Opgroeien Oost' });
    expect(link).toHaveAttribute('href', `/toelating/aanvragen/${ID}`);
    expect(link.closest('li')).toHaveTextContent('eisen beoordelen');
    expect(screen.getByText(/Geen aanbod gezinshuis/)).toBeVisible();
  });

  it('shows an empty queue', async () => {
    renderRoute(<AdmissionPage />, {
      fetch: fakeApi({ '/work-queue': { regionCode: 'NOV', applications: [], signals: [] } }).fetch,
      userManager: assessor(),
    });
    expect(await screen.findByText('Er wachten geen aanvragen op de regio.')).toBeVisible();
  });

  it('approves a requirement, after which the dialogue can start', async () => {
    const approved = {
      ...application,
      requirements: application.requirements.map((r) => ({ ...r, verdict: 'approved' })),
    };
    const api = renderDetail({ [`POST /applications/${ID}/verdicts`]: approved });
    expect(await screen.findByText('Naar de dialoog kan pas als elke eis is goedgekeurd.')).toBeVisible();
    const article = await skj();
    await userEvent.click(within(article).getByRole('button', { name: /^Goedkeuren/ }));
    expect(await screen.findByText('De eis is goedgekeurd.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toEqual({ requirementCode: 'skj', verdict: 'approved', reason: '' });
    expect(screen.getByRole('button', { name: 'Naar de dialoog' })).toBeVisible();
  });

  it('asks a reason before rejecting a requirement', async () => {
    const api = renderDetail({
      [`POST /applications/${ID}/verdicts`]: (_url: URL, call: RecordedCall) =>
        json({
          ...application,
          requirements: application.requirements.map((r) =>
            r.code === 'skj' ? { ...r, verdict: 'rejected', reason: (call.body as { reason: string }).reason } : r,
          ),
        }),
    });
    const article = await skj();
    await userEvent.click(within(article).getByRole('button', { name: /^Afkeuren/ }));
    const form = within(article).getByRole('form', { name: 'Afkeuren' });
    await userEvent.click(within(form).getByRole('button', { name: 'Afkeuring vastleggen' }));
    expect(within(form).getByRole('textbox', { name: 'Waarom voldoet dit niet?' })).toHaveAccessibleDescription('Vul dit veld in.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Waarom voldoet dit niet?' }), 'Registratie verlopen');
    await userEvent.click(within(form).getByRole('button', { name: 'Afkeuring vastleggen' }));
    expect(await within(article).findByText(/Reden: Registratie verlopen/)).toBeVisible();
    expect(api.calls.at(-1)?.body).toEqual({ requirementCode: 'skj', verdict: 'rejected', reason: 'Registratie verlopen' });
  });

  it('admits in the dialogue, and shows a step refused out of order', async () => {
    const inDialogue = { ...application, status: 'dialogue' };
    let first = true;
    const api = renderDetail({
      [`/applications/${ID}`]: inDialogue,
      [`POST /applications/${ID}/admission`]: () => {
        if (first) {
          first = false;
          return problem({ status: 409, title: 'Stap past niet bij de status', detail: 'De aanvraag is al besloten.' });
        }
        return json({ ...inDialogue, status: 'admitted', decisionReasons: ['Voldoet aan alle eisen'] });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Toelaten' }));
    const form = screen.getByRole('form', { name: 'Toelaten' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Motivering/ }), 'Voldoet aan alle eisen');
    await userEvent.click(within(form).getByRole('button', { name: 'Toelating vastleggen' }));
    expect(await screen.findByRole('heading', { name: 'Stap past niet bij de status' })).toBeVisible();

    await userEvent.click(within(form).getByRole('button', { name: 'Toelating vastleggen' }));
    expect(await screen.findByText('De aanbieder is toegelaten.')).toBeVisible();
    expect(api.calls.at(-1)?.body).toMatchObject({ reasons: ['Voldoet aan alle eisen'] });
    expect(screen.getByText('Toegelaten')).toBeVisible();
  });
});
