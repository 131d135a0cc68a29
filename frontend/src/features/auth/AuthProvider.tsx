import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { claimsFromAccessToken, type Claims } from './claims';

export type Session = { accessToken: string; claims: Claims };

type AuthState = {
  /** False until the stored session (if any) has been read. */
  ready: boolean;
  session: Session | null;
  /** Sends the browser to the issuer; it comes back to `returnTo` on this site. */
  signIn: (returnTo: string) => Promise<void>;
  /** Ends the session in this app. */
  signOut: () => Promise<void>;
  /** Exchanges the code the issuer sent back for tokens; resolves to the signed-in user. */
  completeSignIn: () => Promise<User>;
};

function toSession(user: User | null): Session | null {
  if (!user || user.expired) return null;
  const claims = claimsFromAccessToken(user.access_token);
  return claims && { accessToken: user.access_token, claims };
}

const AuthContext = createContext<AuthState | null>(null);

type AuthProviderProps = {
  /** Loads the OIDC client on first use (see lazyUserManager). */
  loadUserManager: () => Promise<UserManager>;
  children: ReactNode;
};

export function AuthProvider({ loadUserManager, children }: AuthProviderProps) {
  const [ready, setReady] = useState(false);
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    let current = true;
    let unsubscribe = () => {};
    void loadUserManager().then(async (manager) => {
      if (!current) return;
      const onLoaded = (user: User) => setSession(toSession(user));
      const onGone = () => setSession(null);
      manager.events.addUserLoaded(onLoaded);
      manager.events.addUserUnloaded(onGone);
      manager.events.addAccessTokenExpired(onGone);
      unsubscribe = () => {
        manager.events.removeUserLoaded(onLoaded);
        manager.events.removeUserUnloaded(onGone);
        manager.events.removeAccessTokenExpired(onGone);
      };
      const user = await manager.getUser();
      if (!current) return;
      setSession(toSession(user));
      setReady(true);
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [loadUserManager]);

  const state = useMemo<AuthState>(
    () => ({
      ready,
      session,
      signIn: async (returnTo) => (await loadUserManager()).signinRedirect({ state: { returnTo } }),
      signOut: async () => (await loadUserManager()).removeUser(),
      completeSignIn: async () => (await loadUserManager()).signinRedirectCallback(),
    }),
    [ready, session, loadUserManager],
  );
  return <AuthContext value={state}>{children}</AuthContext>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
