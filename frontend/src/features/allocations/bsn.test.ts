import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn';

describe('isValidBsn', () => {
  it('accepts numbers that pass the eleven-test', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('refuses the wrong length, other characters, all zeros and a failed eleven-test', () => {
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
  });
});
