import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../../client/contracting';
import { Field } from '../../../components/ui/Field';
import { DateField, ReasonField } from '../../../components/ui/TextFields';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { newIdempotencyKey } from '../../../lib/api';
import { ProblemError } from '../../../lib/problem';
import {
  EMPTY_ALLOCATION,
  toAllocationCreate,
  validateAllocation,
  type AllocationField,
  type AllocationFormValues,
} from '../allocationForm';
import { useIssueAllocation } from '../api';
import { REFERRER_TYPES, VOLUME_FREQUENCIES, VOLUME_UNITS } from '../codes';
import { today } from '../../../lib/validation';
import { ProviderChoice } from './ProviderChoice';

const ID = 'allocation-form';
const idOf = (field: string) => `${ID}-${field.replace(/\W/g, '-')}`;

/**
 * An access team issues an allocation: provider and product from the beschikbaarheidswijzer, the
 * client, the volume and period. Each field is checked as it is typed; one Idempotency-Key per
 * submission, so sending again after a lost answer does not issue it twice.
 */
export function AllocationForm({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AllocationFormValues>(EMPTY_ALLOCATION);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState(false);
  const [issued, setIssued] = useState<{ allocation: Allocation; provider: string }>();
  const [providerLabel, setProviderLabel] = useState('');
  const idempotencyKey = useRef<string | null>(null);
  const issue = useIssueAllocation();

  const errors = validateAllocation(values, today());
  const serverErrors = issue.error instanceof ProblemError ? issue.error.fieldErrors : {};
  const errorFor = (field: AllocationField): string | undefined => {
    const local = errors[field];
    if (local && (sent || changed.has(field))) return t(`allocations.errors.${local}`, { max: 500 });
    return changed.has(field) ? undefined : serverErrors[field]?.reason;
  };
  const fieldIds: Record<string, string> = {
    providerId: idOf('providerId'),
    productCode: idOf('providerId'),
    municipalityCode: idOf('providerId'),
    'client.bsn': idOf('bsn'),
    'client.name': idOf('name'),
    'client.birthDate': idOf('birthDate'),
    'volume.amount': idOf('amount'),
    'volume.unit': idOf('unit'),
    'volume.frequency': idOf('frequency'),
    startDate: idOf('startDate'),
    endDate: idOf('endDate'),
    referrerType: idOf('referrerType'),
    reason: idOf('reason'),
  };

  function change(values: Partial<AllocationFormValues>, field: AllocationField) {
    setValues((current) => ({ ...current, ...values }));
    setChanged((current) => new Set(current).add(field));
    // Changed values make a new submission, with a new key.
    idempotencyKey.current = null;
    setIssued(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    const invalid = Object.keys(errors)[0];
    if (invalid) {
      document.getElementById(fieldIds[invalid]!)?.focus();
      return;
    }
    setChanged(new Set());
    idempotencyKey.current ??= newIdempotencyKey();
    issue.mutate(
      { body: toAllocationCreate(values, municipalityCode), idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (allocation) => {
          setIssued({ allocation, provider: providerLabel });
          setValues(EMPTY_ALLOCATION);
          setSent(false);
          idempotencyKey.current = null;
        },
      },
    );
  }

  const text = (field: AllocationField, key: keyof AllocationFormValues, props: { autoComplete?: string; type?: string } = {}) => (
    <Field id={fieldIds[field]!} label={t(`allocationForm.fields.${key}`)} error={errorFor(field)}>
      {({ id, describedBy, invalid }) => (
        <Textbox
          id={id}
          required
          autoComplete={props.autoComplete ?? 'off'}
          type={props.type ?? 'text'}
          value={values[key]}
          onChange={(event) => change({ [key]: event.target.value }, field)}
          aria-describedby={describedBy}
          invalid={invalid}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby={`${ID}-heading`}>
      <Heading2 id={`${ID}-heading`}>{t('allocationForm.title')}</Heading2>
      <div role="status" className="zr-status">
        {issued && t('allocationForm.issued', { number: issued.allocation.number, provider: issued.provider })}
      </div>
      <form noValidate onSubmit={submit} aria-labelledby={`${ID}-heading`} key={issued?.allocation.id ?? 'new'}>
        <ProviderChoice
          id={idOf('providerId')}
          municipality={municipalityCode}
          value={values}
          error={errorFor('providerId') ?? serverErrors.productCode?.reason}
          onChange={({ providerId, productCode, label }) => {
            setProviderLabel(label);
            change({ providerId, productCode }, 'providerId');
          }}
        />
        <Fieldset>
          <FieldsetLegend>{t('allocationForm.client')}</FieldsetLegend>
          <Field
            id={fieldIds['client.bsn']!}
            label={t('allocationForm.fields.bsn')}
            description={t('allocationForm.hints.bsn')}
            error={errorFor('client.bsn')}
          >
            {({ id, describedBy, invalid }) => (
              <Textbox
                id={id}
                required
                inputMode="numeric"
                autoComplete="off"
                size={11}
                value={values.bsn}
                onChange={(event) => change({ bsn: event.target.value }, 'client.bsn')}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          {text('client.name', 'name')}
          {text('client.birthDate', 'birthDate', { type: 'date' })}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('allocationForm.volume')}</FieldsetLegend>
          <div className="zr-form-grid">
            {text('volume.amount', 'amount')}
            <Field id={fieldIds['volume.unit']!} label={t('allocationForm.fields.unit')} error={errorFor('volume.unit')}>
              {({ id, describedBy, invalid }) => (
                <Select
                  id={id}
                  required
                  value={values.unit}
                  onChange={(event) => change({ unit: event.target.value as AllocationFormValues['unit'] }, 'volume.unit')}
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <SelectOption value="">{t('allocations.choose')}</SelectOption>
                  {VOLUME_UNITS.map((unit) => (
                    <SelectOption key={unit} value={unit}>
                      {t(`allocations.units.${unit}`)}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              id={fieldIds['volume.frequency']!}
              label={t('allocationForm.fields.frequency')}
              error={errorFor('volume.frequency')}
            >
              {({ id, describedBy, invalid }) => (
                <Select
                  id={id}
                  required
                  value={values.frequency}
                  onChange={(event) =>
                    change({ frequency: event.target.value as AllocationFormValues['frequency'] }, 'volume.frequency')
                  }
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <SelectOption value="">{t('allocations.choose')}</SelectOption>
                  {VOLUME_FREQUENCIES.map((frequency) => (
                    <SelectOption key={frequency} value={frequency}>
                      {t(`allocations.frequencies.${frequency}`)}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Field>
            {text('startDate', 'startDate', { type: 'date' })}
            <DateField
              id={fieldIds.endDate!}
              label={t('allocationForm.fields.endDate')}
              description={t('allocationForm.hints.endDate')}
              error={errorFor('endDate')}
              optional
              value={values.endDate}
              onChange={(endDate) => change({ endDate }, 'endDate')}
            />
          </div>
        </Fieldset>
        <Field id={fieldIds.referrerType!} label={t('allocationForm.fields.referrerType')} error={errorFor('referrerType')}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              required
              value={values.referrerType}
              onChange={(event) => change({ referrerType: event.target.value }, 'referrerType')}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              <SelectOption value="">{t('allocations.choose')}</SelectOption>
              {REFERRER_TYPES.map((code) => (
                <SelectOption key={code} value={code}>
                  {t(`allocations.referrerTypes.${code}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <ReasonField
          id={fieldIds.reason!}
          label={t('allocationForm.fields.reason')}
          error={errorFor('reason')}
          value={values.reason}
          onChange={(reason) => change({ reason }, 'reason')}
        />
        {issue.isError && <ProblemAlert error={issue.error} fieldIds={fieldIds} headingLevel={3} />}
        {sent && Object.keys(errors).length > 0 && (
          <Paragraph className="zr-error-text">{t('allocationForm.fixErrors', { count: Object.keys(errors).length })}</Paragraph>
        )}
        <Button type="submit" appearance="primary-action-button" busy={issue.isPending}>
          {t('allocationForm.submit')}
        </Button>
      </form>
    </section>
  );
}
