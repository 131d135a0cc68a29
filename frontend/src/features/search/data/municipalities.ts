import regions from './regions.json';

export type Municipality = { code: string; name: string; region: string };

/** The municipalities of the regions this platform serves (copied from shared/domain/regions.json), by name. */
export const MUNICIPALITIES: Municipality[] = regions.regions
  .flatMap((region) => region.municipalities.map((m) => ({ code: m.code, name: m.name, region: region.name })))
  .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
