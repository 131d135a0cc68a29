import type { RouteObject } from 'react-router';
import { LoadingState } from './components/ui/LoadingState';
import { AREAS } from './features/auth/areas';
import { CALLBACK_PATH } from './features/auth/paths';
import { Component as Layout } from './routes/layout';
import { RouteError } from './routes/route-error';
import { Component as SearchPage } from './routes/search';

const relative = (path: string) => path.replace(/^\//, '');

/** The landing page is in the main bundle; every other page loads when it is first visited. */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    HydrateFallback: LoadingState,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: SearchPage },
          { path: 'aanbieders/:providerId', lazy: () => import('./routes/provider-detail') },
          { path: relative(CALLBACK_PATH), lazy: () => import('./routes/sign-in-callback') },
          { path: relative(AREAS.providerPortal.path), lazy: () => import('./routes/provider-portal') },
          { path: relative(AREAS.allocations.path), lazy: () => import('./routes/allocations') },
          { path: relative(AREAS.admission.path), lazy: () => import('./routes/admission') },
          { path: relative(AREAS.region.path), lazy: () => import('./routes/region') },
          { path: `${relative(AREAS.assessment.path)}/:applicationId`, lazy: () => import('./routes/application-detail') },
          { path: relative(AREAS.monitoring.path), lazy: () => import('./routes/monitoring') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
];
