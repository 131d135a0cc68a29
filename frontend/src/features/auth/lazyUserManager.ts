import type { UserManager } from 'oidc-client-ts';
import type { Config } from '../../lib/config';

/**
 * Creates the OIDC client on first use, from its own chunk: the public pages start without it,
 * and it loads in the background to restore a stored session.
 */
export function lazyUserManager(oidc: Config['oidc']): () => Promise<UserManager> {
  let manager: Promise<UserManager> | undefined;
  return () => (manager ??= import('./userManager').then(({ createUserManager }) => createUserManager(oidc)));
}
