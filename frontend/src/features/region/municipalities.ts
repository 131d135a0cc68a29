import regions from '../search/data/regions.json';

export type Municipality = { code: string; name: string };

const NAMES = new Map(regions.regions.flatMap((region) => region.municipalities.map((m) => [m.code, m.name] as const)));

/** A municipality's name from the reference data, or its code when the data does not know it. */
export const municipalityName = (code: string) => NAMES.get(code) ?? code;

/**
 * The municipalities of a region, by name: the codes the admission service names for it where it
 * answered, otherwise the app's reference data.
 */
export function regionMunicipalities(regionCode: string, codes?: string[]): Municipality[] {
  const list = codes ?? regions.regions.find((region) => region.code === regionCode)?.municipalities.map((m) => m.code) ?? [];
  return list.map((code) => ({ code, name: municipalityName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
