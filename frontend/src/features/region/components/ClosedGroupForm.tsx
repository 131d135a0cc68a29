import { Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/admission/schema';
import { Field } from '../../../components/ui/Field';
import { DateField, ReasonField } from '../../../components/ui/TextFields';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { today } from '../../../lib/validation';
import { useCloseProductGroup } from '../api';
import { emptyClosed, MAX_CLOSED_REASON, toClosedCreate, validateClosed, type ClosedField } from '../ruleForms';
import { useRuleForm } from '../useRuleForm';
import type { Municipality } from '../municipalities';
import { FormButtons } from '../../../components/ui/FormButtons';

type ClosedGroup = components['schemas']['ClosedProductGroupPublic'];

const ID = 'closed-form';
const idOf = (field: ClosedField) => `${ID}-${field}`;
const FIELD_IDS: Record<ClosedField, string> = {
  municipalityCode: idOf('municipalityCode'),
  productGroup: idOf('productGroup'),
  closedOn: idOf('closedOn'),
  reason: idOf('reason'),
};

type Props = {
  region: string;
  municipalities: Municipality[];
  productGroups: string[];
  onDone: (closed: ClosedGroup) => void;
  onCancel: () => void;
};

/** Closes a product group in one municipality of the region: no new applications for it there. */
export function ClosedGroupForm({ region, municipalities, productGroups, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const close = useCloseProductGroup();
  const form = useRuleForm({
    initial: emptyClosed(today()),
    validate: validateClosed,
    error: close.error,
    idOf,
    maxLength: { reason: MAX_CLOSED_REASON },
  });
  const { values, change, errorFor } = form;

  const send = form.submit((valid) => {
    if (close.isPending) return;
    close.mutate(toClosedCreate(valid, region), { onSuccess: onDone });
  });

  const select = (field: 'municipalityCode' | 'productGroup', options: { value: string; label: string }[]) => (
    <Field id={idOf(field)} label={t(`region.closed.fields.${field}`)} error={errorFor(field)}>
      {({ id, describedBy, invalid }) => (
        <Select
          id={id}
          required
          value={values[field]}
          onChange={(event) => change({ [field]: event.target.value }, field)}
          aria-describedby={describedBy}
          invalid={invalid}
        >
          <SelectOption value="">{t('allocations.choose')}</SelectOption>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <form noValidate aria-label={t('region.closed.close')} onSubmit={send} className="zr-step-form">
      <div className="zr-form-grid">
        {select(
          'municipalityCode',
          municipalities.map((m) => ({ value: m.code, label: m.name })),
        )}
        {select(
          'productGroup',
          productGroups.map((group) => ({ value: group, label: group })),
        )}
      </div>
      <DateField
        id={idOf('closedOn')}
        label={t('region.closed.fields.closedOn')}
        error={errorFor('closedOn')}
        value={values.closedOn}
        onChange={(closedOn) => change({ closedOn }, 'closedOn')}
      />
      <ReasonField
        id={idOf('reason')}
        label={t('region.closed.fields.reason')}
        error={errorFor('reason')}
        rows={2}
        value={values.reason}
        onChange={(reason) => change({ reason }, 'reason')}
      />
      {close.isError && <ProblemAlert error={close.error} fieldIds={FIELD_IDS} headingLevel={4} />}
      {form.errorCount > 0 && (
        <Paragraph className="zr-error-text">{t('allocationForm.fixErrors', { count: form.errorCount })}</Paragraph>
      )}
      <FormButtons submitLabel={t('region.closed.submit')} busy={close.isPending} onCancel={onCancel} />
    </form>
  );
}
