import { z } from 'zod';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The dashboard's period and scope as they stand in the URL (`?from=2026-01&to=2026-10&municipality=0200`). */
export type MonitoringFilters = { from?: string; to?: string; municipality?: string };

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const schema = z.object({
  from: optional(z.string().regex(MONTH)),
  to: optional(z.string().regex(MONTH)),
  municipality: optional(z.string().regex(/^\d{4}$/)),
});

/** Reads the filters from URL parameters; a value that does not fit is dropped, the rest still applies. */
export function readMonitoringFilters(params: URLSearchParams): MonitoringFilters {
  const parsed = schema.parse(Object.fromEntries(params));
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export function writeMonitoringFilters(filters: MonitoringFilters): URLSearchParams {
  return new URLSearchParams(Object.entries(filters).filter(([, value]) => Boolean(value)) as [string, string][]);
}

/** A figure's value for a chart: a number, or null for a gap (suppressed "<5", or nothing). */
export function chartValue(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
}
