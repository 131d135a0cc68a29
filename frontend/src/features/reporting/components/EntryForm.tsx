import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Paragraph,
  StatusBadge,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Vocabularies } from '../../../client/availability';
import { CheckboxField } from '../../../components/ui/CheckboxField';
import { Field } from '../../../components/ui/Field';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { ProblemError } from '../../../lib/problem';
import { Freshness } from '../../search/components/Freshness';
import { useConfirmEntry, useSaveEntry } from '../api';
import { toUpdate, validateEntry, valuesOf, type EntryField, type EntryFormValues } from '../entryForm';

type EntryFormProps = {
  providerId: string;
  entry: Entry;
  specialisms: Vocabularies['specialisms'];
};

const NUMBER_FIELDS = ['intakeWaitWeeks', 'treatmentWaitWeeks', 'freePlaces'] as const;

/**
 * One product at one location: what the provider reports about it. Each field is checked as it is
 * typed; the service's own objections (problem+json) show beside the field they name.
 */
export function EntryForm({ providerId, entry, specialisms }: EntryFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EntryFormValues>(() => valuesOf(entry));
  // Fields changed since the form was last sent: they show their own check, not the service's answer.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState(false);
  const save = useSaveEntry(providerId, entry.entryId);
  const confirm = useConfirmEntry(providerId, entry.entryId);

  const idOf = (field: string) => `entry-${entry.entryId}-${field.replace(/\W/g, '-')}`;
  const errors = validateEntry(values);
  const serverErrors = save.error instanceof ProblemError ? save.error.fieldErrors : {};
  const errorFor = (field: EntryField): string | undefined => {
    const local = errors[field];
    if (local && (sent || changed.has(field))) return t(`reporting.errors.${local.key}`, local.values);
    return changed.has(field) ? undefined : serverErrors[field]?.reason;
  };
  const fieldIds = Object.fromEntries(Object.keys(serverErrors).map((name) => [name, idOf(name)]));

  function change<K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K], field: string = key) {
    setValues((current) => ({ ...current, [key]: value }));
    setChanged((current) => new Set(current).add(field));
    save.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    if (Object.keys(errors).length > 0) {
      const first = Object.keys(errors)[0]!;
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setChanged(new Set());
    save.mutate(toUpdate(entry, values));
  }

  const headingId = `${idOf('heading')}`;
  return (
    <section className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        {entry.productName} <span className="zr-muted">({entry.productCode})</span>
      </Heading3>
      <Paragraph>
        {t('reporting.entry.location', { name: entry.location.name, city: entry.location.city })}
        {!entry.listed && (
          <>
            {' '}
            <StatusBadge status="warning">{t('reporting.entry.notListed')}</StatusBadge>
          </>
        )}
      </Paragraph>
      <Freshness lastConfirmedAt={entry.lastConfirmedAt} stale={entry.stale} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={confirm.isPending} onClick={() => confirm.mutate()}>
          {t('reporting.entry.confirm')}
          <span className="zr-visually-hidden">: {entry.productName}, {entry.location.name}</span>
        </Button>
      </ButtonGroup>
      <div role="status" className="zr-status">
        {confirm.isSuccess && t('reporting.entry.confirmed')}
      </div>
      {confirm.isError && <ProblemAlert error={confirm.error} headingLevel={4} />}

      <form noValidate onSubmit={submit} aria-label={t('reporting.entry.formLabel', { product: entry.productName, location: entry.location.name })}>
        <CheckboxField
          id={idOf('acceptingNewClients')}
          label={t('reporting.fields.acceptingNewClients')}
          checked={values.acceptingNewClients}
          onChange={(checked) => change('acceptingNewClients', checked)}
        />
        <div className="zr-form-grid">
          {NUMBER_FIELDS.map((field) => (
            <Field
              key={field}
              id={idOf(field)}
              label={t(`reporting.fields.${field}`)}
              description={t(`reporting.hints.${field}`)}
              error={errorFor(field)}
            >
              {({ id, describedBy, invalid }) => (
                <Textbox
                  id={id}
                  inputMode="numeric"
                  autoComplete="off"
                  size={6}
                  value={values[field]}
                  onChange={(event) => change(field, event.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                />
              )}
            </Field>
          ))}
          {(['ageMin', 'ageMax'] as const).map((field) => (
            <Field key={field} id={idOf(field)} label={t(`reporting.fields.${field}`)} error={errorFor(field)}>
              {({ id, describedBy, invalid }) => (
                <Textbox
                  id={id}
                  inputMode="numeric"
                  autoComplete="off"
                  size={4}
                  required
                  value={values[field]}
                  onChange={(event) => change(field, event.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                />
              )}
            </Field>
          ))}
        </div>

        <CheckboxField
          id={idOf('bridgingOffered')}
          label={t('reporting.fields.bridgingOffered')}
          description={t('reporting.hints.bridgingOffered')}
          checked={values.bridgingOffered}
          onChange={(checked) => change('bridgingOffered', checked, 'bridgingCare.description')}
        />
        {values.bridgingOffered && (
          <Field
            id={idOf('bridgingCare.description')}
            label={t('reporting.fields.bridgingDescription')}
            error={errorFor('bridgingCare.description')}
          >
            {({ id, describedBy, invalid }) => (
              <Textarea
                id={id}
                rows={2}
                required
                value={values.bridgingDescription}
                onChange={(event) => change('bridgingDescription', event.target.value, 'bridgingCare.description')}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
        )}

        <Fieldset id={idOf('specialisms')} invalid={Boolean(errorFor('specialisms'))}>
          <FieldsetLegend>{t('reporting.fields.specialisms')}</FieldsetLegend>
          {errorFor('specialisms') && <Paragraph className="zr-error-text">{errorFor('specialisms')}</Paragraph>}
          <div className="zr-checkbox-columns">
            {specialisms.map((specialism) => (
              <CheckboxField
                key={specialism.code}
                id={idOf(`specialism-${specialism.code}`)}
                label={specialism.label}
                checked={values.specialisms.includes(specialism.code)}
                onChange={(checked) =>
                  change(
                    'specialisms',
                    checked
                      ? [...values.specialisms, specialism.code]
                      : values.specialisms.filter((code) => code !== specialism.code),
                  )
                }
              />
            ))}
          </div>
        </Fieldset>

        {(['contraIndications', 'note'] as const).map((field) => (
          <Field
            key={field}
            id={idOf(field)}
            label={t(`reporting.fields.${field}`)}
            description={t(`reporting.hints.${field}`)}
            error={errorFor(field)}
          >
            {({ id, describedBy, invalid }) => (
              <Textarea
                id={id}
                rows={3}
                value={values[field]}
                onChange={(event) => change(field, event.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
        ))}

        {save.isError && <ProblemAlert error={save.error} fieldIds={fieldIds} headingLevel={4} />}
        <div role="status" className="zr-status">
          {save.isSuccess && t('reporting.entry.saved')}
        </div>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('reporting.entry.save')}
          <span className="zr-visually-hidden">: {entry.productName}, {entry.location.name}</span>
        </Button>
      </form>
    </section>
  );
}
