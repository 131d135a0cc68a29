import type { components } from '../../client/admission/schema';
import { amountError, ISO_DATE } from '../../lib/validation';
import type { ClosedProductGroupCreate, EnforcementCreate, IntakeWindowCreate } from './api';

/** What the forms for the admission rules check themselves; the keys are the API's field names. */
export type RuleError =
  | 'required'
  | 'choose'
  | 'date'
  | 'tooLong'
  | 'closesBeforeOpens'
  | 'endsBeforeStarts'
  | 'beforeContractStart'
  | 'amount';
export type RuleErrors<Field extends string> = Partial<Record<Field, RuleError>>;

export type WindowKind = components['schemas']['WindowKind'];
export type EnforcementKind = components['schemas']['EnforcementKind'];

export const WINDOW_KINDS: WindowKind[] = ['regular', 'interim'];
export const ENFORCEMENT_KINDS: EnforcementKind[] = [
  'improvement_offer',
  'administrative_fine',
  'client_stop',
  'suspension',
  'exit',
];
/** Measures that run until a date (or until lifted); a fine and an exit have no end date. */
export const HAS_END: EnforcementKind[] = ['improvement_offer', 'client_stop', 'suspension'];

export const MAX_WINDOW_NAME = 200;
export const MAX_CLOSED_REASON = 1000;
export const MAX_ENFORCEMENT_REASON = 2000;

export function dateError(value: string, required: boolean): RuleError | undefined {
  if (!value) return required ? 'required' : undefined;
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'date';
}

export function textError(value: string, max: number, required = true): RuleError | undefined {
  const text = value.trim();
  if (!text) return required ? 'required' : undefined;
  return text.length > max ? 'tooLong' : undefined;
}

export function collect<Field extends string>(checks: [Field, RuleError | undefined][]): RuleErrors<Field> {
  return Object.fromEntries(checks.filter(([, error]) => error)) as RuleErrors<Field>;
}

// Intake windows

export type WindowValues = { name: string; kind: WindowKind; productGroup: string; opensOn: string; closesOn: string };
export type WindowField = 'name' | 'kind' | 'productGroup' | 'opensOn' | 'closesOn';
export const EMPTY_WINDOW: WindowValues = { name: '', kind: 'regular', productGroup: '', opensOn: '', closesOn: '' };

export function validateWindow(values: WindowValues): RuleErrors<WindowField> {
  const opens = dateError(values.opensOn, true);
  const closes = dateError(values.closesOn, true);
  return collect<WindowField>([
    ['name', textError(values.name, MAX_WINDOW_NAME, false)],
    ['productGroup', values.kind === 'interim' && !values.productGroup ? 'choose' : undefined],
    ['opensOn', opens],
    ['closesOn', closes ?? (!opens && values.closesOn < values.opensOn ? 'closesBeforeOpens' : undefined)],
  ]);
}

export function toWindowCreate(values: WindowValues, regionCode: string): IntakeWindowCreate {
  return {
    regionCode,
    name: values.name.trim(),
    kind: values.kind,
    productGroup: values.kind === 'interim' ? values.productGroup : null,
    opensOn: values.opensOn,
    closesOn: values.closesOn,
  };
}

// Closed product groups

export type ClosedValues = { municipalityCode: string; productGroup: string; closedOn: string; reason: string };
export type ClosedField = keyof ClosedValues;
export const emptyClosed = (today: string): ClosedValues => ({ municipalityCode: '', productGroup: '', closedOn: today, reason: '' });

export function validateClosed(values: ClosedValues): RuleErrors<ClosedField> {
  return collect<ClosedField>([
    ['municipalityCode', values.municipalityCode ? undefined : 'choose'],
    ['productGroup', values.productGroup ? undefined : 'choose'],
    ['closedOn', dateError(values.closedOn, true)],
    ['reason', textError(values.reason, MAX_CLOSED_REASON)],
  ]);
}

export function toClosedCreate(values: ClosedValues, regionCode: string): ClosedProductGroupCreate {
  return {
    regionCode,
    municipalityCode: values.municipalityCode,
    productGroup: values.productGroup,
    closedOn: values.closedOn,
    reason: values.reason.trim(),
  };
}

// Enforcement

export type EnforcementValues = {
  providerId: string;
  kind: EnforcementKind | '';
  startsOn: string;
  endsOn: string;
  amount: string;
  reason: string;
  municipalityCodes: string[];
};
export type EnforcementField = 'providerId' | 'kind' | 'startsOn' | 'endsOn' | 'amount' | 'reason' | 'municipalityCodes';
export const emptyEnforcement = (today: string): EnforcementValues => ({
  providerId: '',
  kind: '',
  startsOn: today,
  endsOn: '',
  amount: '',
  reason: '',
  municipalityCodes: [],
});

export function validateEnforcement(values: EnforcementValues): RuleErrors<EnforcementField> {
  const starts = dateError(values.startsOn, true);
  const hasEnd = values.kind !== '' && HAS_END.includes(values.kind);
  const ends = hasEnd ? dateError(values.endsOn, false) : undefined;
  return collect<EnforcementField>([
    ['providerId', values.providerId ? undefined : 'choose'],
    ['kind', values.kind ? undefined : 'choose'],
    ['startsOn', starts],
    ['endsOn', ends ?? (hasEnd && !starts && values.endsOn && values.endsOn < values.startsOn ? 'endsBeforeStarts' : undefined)],
    ['amount', values.kind === 'administrative_fine' ? amountError(values.amount) : undefined],
    ['reason', textError(values.reason, MAX_ENFORCEMENT_REASON)],
  ]);
}

/** The request body for valid values: an end date, an amount or municipalities only where the kind has them. */
export function toEnforcementCreate(values: EnforcementValues, regionCode: string): EnforcementCreate {
  const kind = values.kind as EnforcementKind;
  return {
    regionCode,
    kind,
    startsOn: values.startsOn,
    endsOn: HAS_END.includes(kind) && values.endsOn ? values.endsOn : null,
    amount: kind === 'administrative_fine' ? values.amount.trim().replace(',', '.') : null,
    municipalityCodes: kind === 'exit' ? values.municipalityCodes : [],
    reason: values.reason.trim(),
  };
}
