import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Config } from '../../lib/config';
import { CALLBACK_PATH } from './paths';

/** Authorization code flow with PKCE against the configured issuer; the session lives in this tab only. */
export function createUserManager(oidc: Config['oidc']): UserManager {
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    response_type: 'code',
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}
