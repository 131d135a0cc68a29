import type { Contract, TerminationCreate } from './api';
import { collect, dateError, textError, type RuleErrors } from './ruleForms';

/** The contract kinds and statuses the contracting service knows (others are shown as they come). */
export const CONTRACT_KINDS = ['framework', 'bespoke', 'bridging', 'wind_down'] as const;
export const CONTRACT_STATUSES = ['draft', 'active', 'terminated'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const isKind = (kind: string): kind is ContractKind => (CONTRACT_KINDS as readonly string[]).includes(kind);
export const isStatus = (status: string): status is ContractStatus => (CONTRACT_STATUSES as readonly string[]).includes(status);

/** What a contract manager may do with a contract now, as the service allows it. */
export const maySign = (contract: Contract) => contract.status === 'draft';
export const mayTerminate = (contract: Contract) => contract.status === 'active';
export const mayExtend = (contract: Contract) =>
  contract.status === 'active' && Boolean(contract.endsOn) && contract.extensionsUsed < contract.extensionOptions;

/** The end date after an extension: the service moves it one year on (29 February becomes 28 February). */
export function extendedEnd(endsOn: string): string {
  const [year, month, day] = endsOn.split('-');
  const next = `${Number(year) + 1}-${month}`;
  return month === '02' && day === '29' ? `${next}-28` : `${next}-${day}`;
}

// Termination

export const MAX_TERMINATION_REASON = 500;
export type TerminationValues = { terminatedOn: string; reason: string };
export type TerminationField = keyof TerminationValues;
export const TERMINATION_FIELDS: TerminationField[] = ['terminatedOn', 'reason'];
export const EMPTY_TERMINATION: TerminationValues = { terminatedOn: '', reason: '' };

/** The last day must be a date on or after the contract's start; the reason is required (at most 500 characters). */
export function validateTermination(values: TerminationValues, startsOn: string): RuleErrors<TerminationField> {
  const date = dateError(values.terminatedOn, true);
  return collect<TerminationField>([
    ['terminatedOn', date ?? (values.terminatedOn < startsOn ? 'beforeContractStart' : undefined)],
    ['reason', textError(values.reason, MAX_TERMINATION_REASON)],
  ]);
}

export function toTerminationCreate(values: TerminationValues): TerminationCreate {
  return { terminatedOn: values.terminatedOn, reason: values.reason.trim() };
}
