import { describe, expect, it } from 'vitest';
import { parseFilters, toSearchParams } from './filters';

describe('search filters in the URL', () => {
  it('round-trips every filter', () => {
    const query = 'productGroup=behandeling&category=45&municipality=0200&age=7&specialism=trauma&acceptingNow=true&q=linde&sort=name';
    const filters = parseFilters(new URLSearchParams(query));
    expect(filters).toEqual({
      productGroup: 'behandeling',
      category: '45',
      municipality: '0200',
      age: 7,
      specialism: 'trauma',
      acceptingNow: true,
      q: 'linde',
      sort: 'name',
    });
    expect(toSearchParams(filters).toString()).toBe(query);
  });

  it('drops values that do not fit and keeps the rest', () => {
    const filters = parseFilters(new URLSearchParams('municipality=200&age=30&category=4&sort=wait&acceptingNow=ja&productCode=45A48'));
    expect(filters).toEqual({ productCode: '45A48' });
  });

  it('leaves out empty fields', () => {
    expect(toSearchParams({ municipality: '0200', q: undefined }).toString()).toBe('municipality=0200');
  });
});
