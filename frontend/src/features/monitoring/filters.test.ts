import { describe, expect, it } from 'vitest';
import { chartValue, readMonitoringFilters, writeMonitoringFilters } from './filters';

describe('monitoring filters', () => {
  it('reads a period and municipality from the URL and drops what does not fit', () => {
    expect(readMonitoringFilters(new URLSearchParams('from=2026-01&to=2026-13&municipality=0200'))).toEqual({
      from: '2026-01',
      municipality: '0200',
    });
    expect(writeMonitoringFilters({ from: '2026-01', municipality: undefined }).toString()).toBe('from=2026-01');
  });

  it('leaves a suppressed count out of a chart', () => {
    expect(chartValue(12)).toBe(12);
    expect(chartValue('1234.50')).toBe(1234.5);
    expect(chartValue('<5')).toBeNull();
    expect(chartValue(null)).toBeNull();
  });
});
