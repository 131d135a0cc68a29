import { z } from 'zod';
import type { SearchSort } from '../../client/availability';

/** Drops a search parameter that does not fit, so an old or hand-edited link still works. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const filtersSchema = z.object({
  productGroup: optional(z.string().min(1)),
  productCode: optional(z.string().min(1)),
  category: optional(z.string().regex(/^\d{2}$/)),
  municipality: optional(z.string().regex(/^\d{4}$/)),
  age: optional(z.coerce.number().int().min(0).max(23)),
  specialism: optional(z.string().min(1)),
  acceptingNow: optional(z.literal('true').transform(() => true as const)),
  q: optional(z.string().trim().min(1)),
  sort: optional(z.enum(['name', 'freshness'] satisfies SearchSort[])),
});

/** The search as it stands in the URL; every field is optional and `sort` defaults to waiting time. */
export type SearchFilters = z.infer<typeof filtersSchema>;

export function parseFilters(params: URLSearchParams): SearchFilters {
  return filtersSchema.parse(Object.fromEntries(params));
}

/** The URL form of a search: only the fields that are set, always in the same order. */
export function toSearchParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(filtersSchema.shape) as (keyof SearchFilters)[]) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}
