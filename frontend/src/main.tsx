import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles/app.css';
import './i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConfigErrorPage } from './components/ui/ConfigErrorPage';
import { AuthProvider } from './features/auth/AuthProvider';
import { lazyUserManager } from './features/auth/lazyUserManager';
import { ApiProvider, createApiClients } from './lib/ApiProvider';
import { ConfigError, readConfig, type Config } from './lib/config';
import { ProblemError } from './lib/problem';
import { routes } from './router';

const root = createRoot(document.getElementById('root')!);

function start(config: Config) {
  const loadUserManager = lazyUserManager(config.oidc);
  const clients = createApiClients(config.api, {
    accessToken: async () => {
      const user = await (await loadUserManager()).getUser();
      return user && !user.expired ? user.access_token : undefined;
    },
  });
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A 4xx answer will not change by asking again; network errors and 5xx get two more tries.
        retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 2,
      },
    },
  });
  root.render(
    <StrictMode>
      <AuthProvider loadUserManager={loadUserManager}>
        <ApiProvider clients={clients}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={createBrowserRouter(routes)} />
          </QueryClientProvider>
        </ApiProvider>
      </AuthProvider>
    </StrictMode>,
  );
}

try {
  start(readConfig());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error);
  root.render(<ConfigErrorPage issues={error.issues} />);
}
