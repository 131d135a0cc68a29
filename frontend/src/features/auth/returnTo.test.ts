import { describe, expect, it } from 'vitest';
import { returnToFrom } from './returnTo';

describe('returnToFrom', () => {
  it('keeps a path on this site', () => {
    expect(returnToFrom({ returnTo: '/monitoring?gemeente=0200' })).toBe('/monitoring?gemeente=0200');
  });

  it('falls back to the landing page for anything else', () => {
    expect(returnToFrom(undefined)).toBe('/');
    expect(returnToFrom({ returnTo: 'https://evil.example' })).toBe('/');
    expect(returnToFrom({ returnTo: '//evil.example' })).toBe('/');
  });
});
