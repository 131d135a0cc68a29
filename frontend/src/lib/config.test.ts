import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

const valid = {
  api: {
    admission: 'http://127.0.0.1:8001/admission/api/v1',
    contracting: 'http://127.0.0.1:8002/contracting/api/v1',
    availability: 'http://127.0.0.1:8003/availability/api/v1/',
    monitoring: '/monitoring/api/v1',
  },
  oidc: { authority: 'http://127.0.0.1:8010', clientId: 'zorgregio-web' },
};

function issuesOf(source: unknown): string[] {
  try {
    readConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('accepts absolute and same-origin service URLs and trims trailing slashes', () => {
    const config = readConfig(valid);
    expect(config.api.availability).toBe('http://127.0.0.1:8003/availability/api/v1');
    expect(config.api.monitoring).toBe('/monitoring/api/v1');
    expect(config.oidc.scope).toBe('openid');
  });

  it('names every missing or malformed field', () => {
    const issues = issuesOf({
      api: { ...valid.api, availability: 'ftp://example.org', admission: 'not a url' },
      oidc: { authority: '/relative', clientId: '' },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^api\.availability: must use http or https/),
        expect.stringMatching(/^api\.admission: must be an absolute URL/),
        expect.stringMatching(/^oidc\.authority:/),
        expect.stringMatching(/^oidc\.clientId:/),
      ]),
    );
  });

  it('rejects a missing configuration', () => {
    expect(issuesOf(undefined)).toEqual([expect.stringMatching(/^\(root\):/)]);
  });
});
