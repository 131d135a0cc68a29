import {
  Fieldset,
  FieldsetLegend,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/admission/schema';
import { CheckboxField } from '../../../components/ui/CheckboxField';
import { Field } from '../../../components/ui/Field';
import { DateField, ReasonField } from '../../../components/ui/TextFields';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { today } from '../../../lib/validation';
import { useImposeEnforcement, type AdmissionProvider } from '../api';
import type { Municipality } from '../municipalities';
import {
  emptyEnforcement,
  ENFORCEMENT_KINDS,
  HAS_END,
  MAX_ENFORCEMENT_REASON,
  toEnforcementCreate,
  validateEnforcement,
  type EnforcementField,
  type EnforcementKind,
} from '../ruleForms';
import { useRuleForm } from '../useRuleForm';
import { FormButtons } from '../../../components/ui/FormButtons';

type Enforcement = components['schemas']['EnforcementPublic'];

const ID = 'enforcement-form';
const idOf = (field: EnforcementField) => `${ID}-${field}`;
const FIELD_IDS: Record<EnforcementField, string> = {
  providerId: idOf('providerId'),
  kind: idOf('kind'),
  startsOn: idOf('startsOn'),
  endsOn: idOf('endsOn'),
  amount: idOf('amount'),
  reason: idOf('reason'),
  // The first checkbox: the fieldset has no input of its own to link to.
  municipalityCodes: idOf('municipalityCodes'),
};

type Props = {
  region: string;
  providers: AdmissionProvider[];
  municipalities: Municipality[];
  onDone: (enforcement: Enforcement, providerName: string) => void;
  onCancel: () => void;
};

/** Imposes a measure on a provider: improvement offer, fine (an amount), client stop, suspension or exit (municipalities). */
export function EnforcementForm({ region, providers, municipalities, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const impose = useImposeEnforcement();
  const form = useRuleForm({
    initial: emptyEnforcement(today()),
    validate: validateEnforcement,
    error: impose.error,
    idOf: (field: EnforcementField) => (field === 'municipalityCodes' ? `${idOf(field)}-${municipalities[0]?.code}` : idOf(field)),
    maxLength: { reason: MAX_ENFORCEMENT_REASON },
  });
  const { values, change, errorFor } = form;
  const kind = values.kind;

  const send = form.submit((valid) => {
    if (impose.isPending) return;
    const name = providers.find((provider) => provider.id === valid.providerId)?.name ?? '';
    impose.mutate(
      { providerId: valid.providerId, body: toEnforcementCreate(valid, region) },
      { onSuccess: (enforcement) => onDone(enforcement, name) },
    );
  });

  const date = (field: 'startsOn' | 'endsOn', optional = false) => (
    <DateField
      id={idOf(field)}
      label={
        <>
          {t(`region.enforcement.fields.${field}`)}
          {optional && <span className="zr-muted"> {t('common.optional')}</span>}
        </>
      }
      error={errorFor(field)}
      optional={optional}
      value={values[field]}
      onChange={(value) => change({ [field]: value }, field)}
    />
  );
  const municipalityError = errorFor('municipalityCodes');

  return (
    <form noValidate aria-label={t('region.enforcement.impose')} onSubmit={send} className="zr-step-form">
      <Field id={idOf('providerId')} label={t('region.enforcement.fields.providerId')} error={errorFor('providerId')}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            required
            value={values.providerId}
            onChange={(event) => change({ providerId: event.target.value }, 'providerId')}
            aria-describedby={describedBy}
            invalid={invalid}
          >
            <SelectOption value="">{t('allocations.choose')}</SelectOption>
            {providers.map((provider) => (
              <SelectOption key={provider.id} value={provider.id}>
                {provider.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Field id={idOf('kind')} label={t('region.enforcement.fields.kind')} error={errorFor('kind')}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            required
            value={kind}
            onChange={(event) => change({ kind: event.target.value as EnforcementKind | '' }, 'kind')}
            aria-describedby={describedBy}
            invalid={invalid}
          >
            <SelectOption value="">{t('allocations.choose')}</SelectOption>
            {ENFORCEMENT_KINDS.map((option) => (
              <SelectOption key={option} value={option}>
                {t(`region.enforcement.kinds.${option}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <div className="zr-form-grid">
        {date('startsOn')}
        {kind !== '' && HAS_END.includes(kind) && date('endsOn', true)}
      </div>
      {kind === 'administrative_fine' && (
        <Field
          id={idOf('amount')}
          label={t('region.enforcement.fields.amount')}
          description={t('region.enforcement.hints.amount')}
          error={errorFor('amount')}
        >
          {({ id, describedBy, invalid }) => (
            <Textbox
              id={id}
              inputMode="decimal"
              autoComplete="off"
              required
              value={values.amount}
              onChange={(event) => change({ amount: event.target.value }, 'amount')}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      )}
      {kind === 'exit' && (
        <Fieldset invalid={Boolean(municipalityError)} aria-describedby={`${ID}-municipalities-hint`}>
          <FieldsetLegend>{t('region.enforcement.fields.municipalityCodes')}</FieldsetLegend>
          <Paragraph id={`${ID}-municipalities-hint`} appearance="small">
            {t('region.enforcement.hints.municipalityCodes')}
          </Paragraph>
          {municipalityError && <Paragraph className="zr-error-text">{municipalityError}</Paragraph>}
          <div className="zr-checkbox-columns">
            {municipalities.map((m) => (
              <CheckboxField
                key={m.code}
                id={`${idOf('municipalityCodes')}-${m.code}`}
                label={m.name}
                checked={values.municipalityCodes.includes(m.code)}
                onChange={(on) =>
                  change(
                    {
                      municipalityCodes: on
                        ? [...values.municipalityCodes, m.code]
                        : values.municipalityCodes.filter((code) => code !== m.code),
                    },
                    'municipalityCodes',
                  )
                }
              />
            ))}
          </div>
        </Fieldset>
      )}
      <ReasonField
        id={idOf('reason')}
        label={t('region.enforcement.fields.reason')}
        error={errorFor('reason')}
        value={values.reason}
        onChange={(reason) => change({ reason }, 'reason')}
      />
      {impose.isError && (
        <ProblemAlert
          error={impose.error}
          fieldIds={{ ...FIELD_IDS, municipalityCodes: `${FIELD_IDS.municipalityCodes}-${municipalities[0]?.code}` }}
          headingLevel={4}
        />
      )}
      {form.errorCount > 0 && (
        <Paragraph className="zr-error-text">{t('allocationForm.fixErrors', { count: form.errorCount })}</Paragraph>
      )}
      <FormButtons submitLabel={t('region.enforcement.submit')} busy={impose.isPending} onCancel={onCancel} />
    </form>
  );
}
