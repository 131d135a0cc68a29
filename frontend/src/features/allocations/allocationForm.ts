import type { AllocationCreate, VolumeFrequency, VolumeUnit } from '../../client/contracting';
import { isValidBsn } from './bsn';
import { amountError, ISO_DATE } from '../../lib/validation';

export type AllocationFormValues = {
  providerId: string;
  productCode: string;
  bsn: string;
  name: string;
  birthDate: string;
  amount: string;
  unit: VolumeUnit | '';
  frequency: VolumeFrequency | '';
  startDate: string;
  endDate: string;
  referrerType: string;
  reason: string;
};

/** Field names as the contract service names them in `invalidParams`. */
export type AllocationField =
  | 'providerId'
  | 'client.bsn'
  | 'client.name'
  | 'client.birthDate'
  | 'volume.amount'
  | 'volume.unit'
  | 'volume.frequency'
  | 'startDate'
  | 'endDate'
  | 'referrerType'
  | 'reason';

export type AllocationError =
  | 'required'
  | 'choose'
  | 'date'
  | 'tooLong'
  | 'bsnFormat'
  | 'bsnCheck'
  | 'amount'
  | 'endBeforeStart'
  | 'birthDateFuture'
  | 'provider';

export const EMPTY_ALLOCATION: AllocationFormValues = {
  providerId: '',
  productCode: '',
  bsn: '',
  name: '',
  birthDate: '',
  amount: '',
  unit: '',
  frequency: '',
  startDate: '',
  endDate: '',
  referrerType: '',
  reason: '',
};

export const MAX_REASON = 500;
export const MAX_NAME = 200;

function dateError(value: string, required: boolean): AllocationError | undefined {
  if (!value) return required ? 'required' : undefined;
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'date';
}

/** Every rule the form can check itself, by field; `today` is an ISO date. */
export function validateAllocation(
  values: AllocationFormValues,
  today: string,
): Partial<Record<AllocationField, AllocationError>> {
  const errors: Partial<Record<AllocationField, AllocationError>> = {};
  const set = (field: AllocationField, error: AllocationError | undefined) => {
    if (error) errors[field] = error;
  };
  if (!values.providerId || !values.productCode) errors.providerId = 'provider';
  const bsn = values.bsn.replace(/\s/g, '');
  set('client.bsn', !bsn ? 'required' : !/^\d{9}$/.test(bsn) ? 'bsnFormat' : isValidBsn(bsn) ? undefined : 'bsnCheck');
  set('client.name', !values.name.trim() ? 'required' : values.name.trim().length > MAX_NAME ? 'tooLong' : undefined);
  set('client.birthDate', dateError(values.birthDate, true) ?? (values.birthDate > today ? 'birthDateFuture' : undefined));
  set('volume.amount', amountError(values.amount));
  set('volume.unit', values.unit ? undefined : 'choose');
  set('volume.frequency', values.frequency ? undefined : 'choose');
  set('startDate', dateError(values.startDate, true));
  set('endDate', dateError(values.endDate, false));
  if (!errors.startDate && !errors.endDate && values.endDate && values.endDate < values.startDate) {
    errors.endDate = 'endBeforeStart';
  }
  set('referrerType', values.referrerType ? undefined : 'choose');
  set('reason', !values.reason.trim() ? 'required' : values.reason.trim().length > MAX_REASON ? 'tooLong' : undefined);
  return errors;
}

/** The request body for valid values. */
export function toAllocationCreate(values: AllocationFormValues, municipalityCode: string): AllocationCreate {
  return {
    municipalityCode,
    providerId: values.providerId,
    productCode: values.productCode,
    client: { bsn: values.bsn.replace(/\s/g, ''), name: values.name.trim(), birthDate: values.birthDate },
    volume: {
      amount: values.amount.trim().replace(',', '.'),
      unit: values.unit as VolumeUnit,
      frequency: values.frequency as VolumeFrequency,
    },
    startDate: values.startDate,
    endDate: values.endDate || null,
    referrerType: values.referrerType,
    reason: values.reason.trim(),
  };
}
