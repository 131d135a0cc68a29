import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import searchResponse from '../../tests/fixtures/search.json';
import vocabularies from '../../tests/fixtures/vocabularies.json';
import { fakeApi, problem, renderRoute } from '../test/render';
import { Component as SearchPage } from './search';

describe('search page', () => {
  it('reads its filters from the URL and asks the API for exactly those', async () => {
    const api = fakeApi({ '/search': searchResponse, '/vocabularies': vocabularies });
    renderRoute(<SearchPage />, { url: '/?productGroup=behandeling&municipality=0200&age=7', fetch: api.fetch });

    await screen.findByText('3 resultaten gevonden');
    expect(screen.getByRole('combobox', { name: 'Gemeente van het kind' })).toHaveValue('Apeldoorn');
    expect(screen.getByRole('textbox', { name: /Leeftijd/ })).toHaveValue('7');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Welke zorg zoekt u?' })).toHaveValue('group:behandeling'));

    const query = api.requests.find((url) => url.pathname.endsWith('/search'))?.searchParams;
    expect(Object.fromEntries(query ?? [])).toEqual({ productGroup: 'behandeling', municipality: '0200', age: '7', limit: '20' });
  });

  it('writes each change of filter to the URL, so the search can be shared', async () => {
    const api = fakeApi({ '/search': searchResponse, '/vocabularies': vocabularies });
    const { router } = renderRoute(<SearchPage />, { url: '/?municipality=0200', fetch: api.fetch });
    await screen.findByText('3 resultaten gevonden');

    await userEvent.click(screen.getByRole('radio', { name: 'Trauma (1)' }));
    expect(router.state.location.search).toBe('?municipality=0200&specialism=trauma');

    await userEvent.click(screen.getByRole('checkbox', { name: /nu nieuwe cliënten aannemen \(2\)/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sorteer op' }), 'Naam aanbieder');
    expect(router.state.location.search).toBe('?municipality=0200&specialism=trauma&acceptingNow=true&sort=name');

    await waitFor(() =>
      expect(api.requests.at(-1)?.search).toBe('?municipality=0200&specialism=trauma&acceptingNow=true&sort=name&limit=20'),
    );
  });

  it('shows waits, measured wait, bridging care and freshness, with stale entries marked in words', async () => {
    const api = fakeApi({ '/search': searchResponse, '/vocabularies': vocabularies });
    renderRoute(<SearchPage />, { fetch: api.fetch });

    const [first, second, third] = await screen.findAllByRole('article');
    expect(within(first!).getByRole('link', { name: 'Jeugdpraktijk De Linde' })).toHaveAttribute(
      'href',
      '/aanbieders/0b6f2a5e-1c3d-4e5f-8a9b-0c1d2e3f4a01',
    );
    expect(first).toHaveTextContent('Wachttijd tot intake2 weken');
    expect(first).toHaveTextContent('meestal 38 dagen, 9 van de 10 binnen 71 dagen (42 toewijzingen)');
    expect(first).toHaveTextContent('Wekelijks telefonisch contact met een vaste behandelaar.');
    expect(first).toHaveTextContent('Bijgewerkt op 20 november 2026');
    expect(first).not.toHaveTextContent('Mogelijk niet actueel');
    expect(first).toHaveTextContent('Hechtingsproblemen, Trauma');

    expect(second).toHaveTextContent('Gemeten wachttijdte weinig gegevens');
    expect(second).toHaveTextContent('Mogelijk niet actueel. Bijgewerkt op 2 augustus 2026');

    expect(third).toHaveTextContent('Neemt nu geen nieuwe cliënten aan');
    expect(third).toHaveTextContent('Wachttijd tot behandelingonbekend');
    expect(third).toHaveTextContent('Mogelijk niet actueel. Nog nooit door de aanbieder bevestigd');
  });

  it('says so when nothing matches', async () => {
    const empty = { ...searchResponse, items: [], total: 0 };
    renderRoute(<SearchPage />, { fetch: fakeApi({ '/search': empty, '/vocabularies': vocabularies }).fetch });
    expect(await screen.findByText(/Er is geen aanbod dat bij uw zoekopdracht past/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Begin een nieuwe zoekopdracht' })).toHaveAttribute('href', '/');
  });

  it('shows a problem from the API in a summary and beside the field it is about', async () => {
    const api = fakeApi({
      '/vocabularies': vocabularies,
      '/search': () =>
        problem({
          status: 400,
          title: 'Ongeldige zoekopdracht',
          invalidParams: [{ name: 'municipality', code: 'unknown', reason: 'Deze gemeente hoort niet bij de regio.' }],
        }),
    });
    renderRoute(<SearchPage />, { url: '/?municipality=0363', fetch: api.fetch });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Ongeldige zoekopdracht' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Deze gemeente hoort niet bij de regio.' })).toHaveAttribute(
      'href',
      '#zoek-gemeente',
    );
    expect(screen.getByRole('combobox', { name: 'Gemeente van het kind' })).toHaveAccessibleDescription(
      expect.stringContaining('Deze gemeente hoort niet bij de regio.'),
    );
    expect(screen.getByText('Zoeken is niet gelukt.')).toBeInTheDocument();
  });
});
