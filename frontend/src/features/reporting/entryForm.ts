import type { Entry, EntryUpdate } from '../../client/availability';

export const MAX_WAIT_WEEKS = 104;
export const MAX_AGE = 23;
export const MAX_FREE_PLACES = 100_000;
export const MAX_TEXT = 2000;
export const MAX_BRIDGING_TEXT = 500;

/** What the form holds: numbers as typed (text), so a half-typed value can be shown and checked. */
export type EntryFormValues = {
  acceptingNewClients: boolean;
  intakeWaitWeeks: string;
  treatmentWaitWeeks: string;
  freePlaces: string;
  bridgingOffered: boolean;
  bridgingDescription: string;
  ageMin: string;
  ageMax: string;
  specialisms: string[];
  contraIndications: string;
  note: string;
};

/** Field names as the API names them in `invalidParams`. */
export type EntryField =
  | 'intakeWaitWeeks'
  | 'treatmentWaitWeeks'
  | 'freePlaces'
  | 'bridgingCare.description'
  | 'ageMin'
  | 'ageMax'
  | 'specialisms'
  | 'contraIndications'
  | 'note';

/** An error: an i18n key under `reporting.errors` and its values. */
export type FieldError = {
  key: 'required' | 'weeks' | 'places' | 'age' | 'ageRange' | 'bridgingRequired' | 'tooLong' | 'tooManySpecialisms';
  values?: Record<string, number>;
};

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function valuesOf(entry: Entry): EntryFormValues {
  return {
    acceptingNewClients: entry.acceptingNewClients,
    intakeWaitWeeks: text(entry.intakeWaitWeeks),
    treatmentWaitWeeks: text(entry.treatmentWaitWeeks),
    freePlaces: text(entry.freePlaces),
    bridgingOffered: entry.bridgingCare.offered,
    bridgingDescription: entry.bridgingCare.description ?? '',
    ageMin: String(entry.ageMin),
    ageMax: String(entry.ageMax),
    specialisms: [...entry.specialisms],
    contraIndications: entry.contraIndications ?? '',
    note: entry.note ?? '',
  };
}

const WHOLE = /^\d+$/;

function wholeNumber(value: string, max: number, optional: boolean, key: FieldError['key']): FieldError | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return optional ? undefined : { key: 'required' };
  if (!WHOLE.test(trimmed) || Number(trimmed) > max) return { key, values: { max } };
  return undefined;
}

/** Checks the values as the service will; each broken rule names its field. */
export function validateEntry(values: EntryFormValues): Partial<Record<EntryField, FieldError>> {
  const errors: Partial<Record<EntryField, FieldError>> = {};
  const set = (field: EntryField, error: FieldError | undefined) => {
    if (error) errors[field] = error;
  };
  set('intakeWaitWeeks', wholeNumber(values.intakeWaitWeeks, MAX_WAIT_WEEKS, true, 'weeks'));
  set('treatmentWaitWeeks', wholeNumber(values.treatmentWaitWeeks, MAX_WAIT_WEEKS, true, 'weeks'));
  set('freePlaces', wholeNumber(values.freePlaces, MAX_FREE_PLACES, true, 'places'));
  set('ageMin', wholeNumber(values.ageMin, MAX_AGE, false, 'age'));
  set('ageMax', wholeNumber(values.ageMax, MAX_AGE, false, 'age'));
  if (!errors.ageMin && !errors.ageMax && Number(values.ageMin) > Number(values.ageMax)) {
    errors.ageMax = { key: 'ageRange' };
  }
  if (values.bridgingOffered && values.bridgingDescription.trim() === '') {
    errors['bridgingCare.description'] = { key: 'bridgingRequired' };
  } else if (values.bridgingDescription.length > MAX_BRIDGING_TEXT) {
    errors['bridgingCare.description'] = { key: 'tooLong', values: { max: MAX_BRIDGING_TEXT } };
  }
  if (values.specialisms.length > 20) errors.specialisms = { key: 'tooManySpecialisms', values: { max: 20 } };
  if (values.contraIndications.length > MAX_TEXT) errors.contraIndications = { key: 'tooLong', values: { max: MAX_TEXT } };
  if (values.note.length > MAX_TEXT) errors.note = { key: 'tooLong', values: { max: MAX_TEXT } };
  return errors;
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.trim()));
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The PUT body for valid values; the location stays as it is. */
export function toUpdate(entry: Entry, values: EntryFormValues): EntryUpdate {
  return {
    location: entry.location,
    acceptingNewClients: values.acceptingNewClients,
    intakeWaitWeeks: numberOrNull(values.intakeWaitWeeks),
    treatmentWaitWeeks: numberOrNull(values.treatmentWaitWeeks),
    freePlaces: numberOrNull(values.freePlaces),
    bridgingCare: {
      offered: values.bridgingOffered,
      description: values.bridgingOffered ? textOrNull(values.bridgingDescription) : null,
    },
    ageMin: Number(values.ageMin),
    ageMax: Number(values.ageMax),
    specialisms: values.specialisms,
    contraIndications: textOrNull(values.contraIndications),
    note: textOrNull(values.note),
  };
}
