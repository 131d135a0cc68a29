import { screen, waitFor } from '@testing-library/react';
import { ErrorResponse } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { fakeUserManager, renderRoute } from '../test/render';
import { Component as SignInCallback } from './sign-in-callback';

const callbackUrl = '/aanmelden/callback?code=abc&state=xyz';

describe('sign-in callback', () => {
  it('exchanges the code once and returns to where the user was', async () => {
    const signinRedirectCallback = vi.fn(async () => ({ state: { returnTo: '/monitoring?jaar=2026' } }));
    const { router } = renderRoute(<SignInCallback />, {
      path: '/aanmelden/callback',
      url: callbackUrl,
      userManager: fakeUserManager({ signinRedirectCallback }),
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/monitoring'));
    expect(router.state.location.search).toBe('?jaar=2026');
    expect(signinRedirectCallback).toHaveBeenCalledOnce();
  });

  it('explains a failed sign-in, with the issuer’s reason and a way back', async () => {
    const signinRedirectCallback = async () => {
      throw new ErrorResponse({ error: 'access_denied', error_description: 'De gebruiker heeft geweigerd.' });
    };
    renderRoute(<SignInCallback />, {
      path: '/aanmelden/callback',
      url: callbackUrl,
      userManager: fakeUserManager({ signinRedirectCallback }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen is niet gelukt' })).toBeInTheDocument();
    expect(screen.getByText('Reden: De gebruiker heeft geweigerd.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de beschikbaarheidswijzer' })).toHaveAttribute('href', '/');
  });
});
