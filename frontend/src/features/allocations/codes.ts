import type { VolumeFrequency, VolumeUnit } from '../../client/contracting';

/** iJw 3.2 codes the contract service accepts (its data/ijw-codes.json); labels live in the i18n files. */
export const VOLUME_UNITS = ['minuut', 'uur', 'etmaal', 'dagdeel', 'stuk', 'euro'] as const satisfies readonly VolumeUnit[];
export const VOLUME_FREQUENCIES = [
  'per_dag',
  'per_week',
  'per_vier_weken',
  'per_maand',
  'per_jaar',
  'totaal',
] as const satisfies readonly VolumeFrequency[];
export const REFERRER_TYPES = ['01', '02', '03', '04', '05', '06'] as const;
export const STOP_REASONS = ['01', '02', '03', '05', '08', '11', '13', '23', '35', '36', '99'] as const;
export const STATUSES = ['issued', 'accepted', 'refused', 'started', 'stopped', 'ended', 'withdrawn'] as const;

export type AllocationStatus = (typeof STATUSES)[number];

export function isStatus(value: string): value is AllocationStatus {
  return (STATUSES as readonly string[]).includes(value);
}

