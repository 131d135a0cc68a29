// Runtime configuration of the web app, read by src/lib/config.ts and checked at start.
// These values fit `make dev` (services and the development sign-in issuer on 127.0.0.1);
// a deployment replaces this file without rebuilding the app.
window.__ZORGREGIO_CONFIG__ = {
  api: {
    admission: 'http://127.0.0.1:8001/admission/api/v1',
    contracting: 'http://127.0.0.1:8002/contracting/api/v1',
    availability: 'http://127.0.0.1:8003/availability/api/v1',
    monitoring: 'http://127.0.0.1:8004/monitoring/api/v1',
  },
  oidc: {
    authority: 'http://127.0.0.1:8010',
    clientId: 'zorgregio-web',
    scope: 'openid',
  },
};
