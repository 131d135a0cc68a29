import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/problem';
import type { RuleError, RuleErrors } from './ruleForms';

type Options<Values, Field extends string> = {
  initial: Values;
  validate: (values: Values) => RuleErrors<Field>;
  /** The mutation's error: a problem's invalid parameters are shown beside their fields. */
  error: unknown;
  /** Input id per field (also the ids the problem summary links to). */
  idOf: (field: Field) => string;
  maxLength?: Partial<Record<Field, number>>;
};

/**
 * The state of one form for the admission rules, as the other forms of the app behave: each field is
 * checked as it is changed (and every field once sent); a service's objection to a field shows until
 * that field is changed again; a send with errors moves focus to the first field to fix.
 */
export function useRuleForm<Values extends object, Field extends string>({
  initial,
  validate,
  error,
  idOf,
  maxLength = {},
}: Options<Values, Field>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState(false);
  const errors = validate(values);
  const serverErrors = error instanceof ProblemError ? error.fieldErrors : {};

  const errorFor = (field: Field): string | undefined => {
    const local: RuleError | undefined = errors[field];
    if (local && (sent || changed.has(field))) {
      return local === 'tooLong' ? t('allocations.errors.tooLong', { max: maxLength[field] }) : t(`region.errors.${local}` as const);
    }
    return changed.has(field) ? undefined : serverErrors[field]?.reason;
  };

  const change = (patch: Partial<Values>, field: Field) => {
    setValues((current) => ({ ...current, ...patch }));
    setChanged((current) => new Set(current).add(field));
  };

  /** Checks everything; calls `send` with the values when they are all right. */
  const submit = (send: (values: Values) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(true);
    const invalid = Object.keys(errors)[0] as Field | undefined;
    if (invalid) {
      document.getElementById(idOf(invalid))?.focus();
      return;
    }
    setChanged(new Set());
    send(values);
  };

  const reset = (next: Values) => {
    setValues(next);
    setChanged(new Set());
    setSent(false);
  };

  return { values, change, errorFor, submit, reset, errorCount: sent ? Object.keys(errors).length : 0 };
}
