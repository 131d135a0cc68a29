import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accessToken, fakeUserManager, renderRoute } from '../../../test/render';
import { MainNavigation } from './MainNavigation';
import { RequireRole } from './RequireRole';

const signedInAs = (claims: object) => fakeUserManager({ user: { access_token: accessToken(claims) } });

describe('role-based navigation', () => {
  it('shows a visitor only the public search', async () => {
    renderRoute(<MainNavigation />);
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Beschikbaarheidswijzer']);
  });

  it('adds the work areas of the signed-in role', async () => {
    renderRoute(<MainNavigation />, { userManager: signedInAs({ role: 'provider', providerId: 'p-1', name: 'Anna' }) });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Mijn aanbod' })).toHaveAttribute('href', '/aanbieder');
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Beschikbaarheidswijzer',
      'Mijn aanbod',
      'Toewijzingen',
      'Toelating',
    ]);
  });
});

describe('RequireRole', () => {
  it('asks a visitor to sign in', async () => {
    renderRoute(<RequireRole area="monitoring">geheim</RequireRole>);
    expect(await screen.findByRole('heading', { name: 'Inloggen nodig' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByText('geheim')).not.toBeInTheDocument();
  });

  it('refuses a role outside the area', async () => {
    renderRoute(<RequireRole area="monitoring">cijfers</RequireRole>, { userManager: signedInAs({ role: 'provider' }) });
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/ingelogd als zorgaanbieder/)).toBeInTheDocument();
  });

  it('shows the area to a role that may open it', async () => {
    renderRoute(<RequireRole area="monitoring">cijfers</RequireRole>, { userManager: signedInAs({ role: 'region_analyst' }) });
    expect(await screen.findByText('cijfers')).toBeInTheDocument();
  });
});
