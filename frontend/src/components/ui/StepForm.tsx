import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import type { InvalidParam } from '../../lib/problem';
import { amountError, ISO_DATE } from '../../lib/validation';
import { FormButtons } from './FormButtons';
import { DateField, ReasonField } from './TextFields';

export type StepField =
  | { kind: 'date'; name: string; label: string; initial?: string; optional?: boolean }
  | { kind: 'reason'; name: string; label: string; max?: number; optional?: boolean }
  | { kind: 'amount'; name: string; label: string; initial?: string }
  | { kind: 'select'; name: string; label: string; initial?: string; options: { value: string; label: string }[] };

type StepFormProps = {
  idPrefix: string;
  label: string;
  fields: StepField[];
  submitLabel: string;
  busy: boolean;
  serverErrors: Record<string, InvalidParam>;
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
};

const MAX_REASON = 500;

/** A small form for one step (a reason, a date, a code), checked as it is typed. */
export function StepForm({ idPrefix, label, fields, submitLabel, busy, serverErrors, onSubmit, onCancel }: StepFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, 'initial' in field ? (field.initial ?? '') : ''])),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState(false);

  const check = (field: StepField): string | undefined => {
    const value = (values[field.name] ?? '').trim();
    if (!value && (field.kind === 'date' || field.kind === 'reason') && field.optional) return undefined;
    if (field.kind === 'amount' && amountError(value)) return t(`allocations.errors.${amountError(value)!}`);
    if (!value) return t(field.kind === 'select' ? 'allocations.errors.choose' : 'allocations.errors.required');
    if (field.kind === 'date' && !ISO_DATE.test(value)) return t('allocations.errors.date');
    const max = field.kind === 'reason' ? (field.max ?? MAX_REASON) : MAX_REASON;
    if (field.kind === 'reason' && value.length > max) return t('allocations.errors.tooLong', { max });
    return undefined;
  };
  const errorFor = (field: StepField) =>
    (sent || touched.has(field.name) ? check(field) : undefined) ??
    (touched.has(field.name) ? undefined : serverErrors[field.name]?.reason);
  const idOf = (name: string) => `${idPrefix}-${name}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    const invalid = fields.find((field) => check(field));
    if (invalid) {
      document.getElementById(idOf(invalid.name))?.focus();
      return;
    }
    setTouched(new Set());
    onSubmit(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])));
  }

  const change = (name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setTouched((current) => new Set(current).add(name));
  };

  return (
    <form noValidate aria-label={label} onSubmit={submit} className="zr-step-form">
      {fields.map((field) => {
        const common = {
          id: idOf(field.name),
          label: field.label,
          error: errorFor(field),
          value: values[field.name] ?? '',
          onChange: (value: string) => change(field.name, value),
        };
        if (field.kind === 'reason') return <ReasonField key={field.name} {...common} rows={2} optional={field.optional} />;
        if (field.kind === 'date') return <DateField key={field.name} {...common} optional={field.optional} />;
        return (
          <Field key={field.name} id={common.id} label={field.label} error={common.error}>
            {({ id, describedBy, invalid }) =>
              field.kind === 'select' ? (
                <Select
                  id={id}
                  required
                  value={values[field.name]}
                  onChange={(event) => change(field.name, event.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <SelectOption value="">{t('allocations.choose')}</SelectOption>
                  {field.options.map((option) => (
                    <SelectOption key={option.value} value={option.value}>
                      {option.label}
                    </SelectOption>
                  ))}
                </Select>
              ) : (
                <Textbox
                  id={id}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  value={values[field.name]}
                  onChange={(event) => change(field.name, event.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                />
              )
            }
          </Field>
        );
      })}
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
