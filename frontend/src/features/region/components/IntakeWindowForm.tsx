import { Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/admission/schema';
import { Field } from '../../../components/ui/Field';
import { DateField } from '../../../components/ui/TextFields';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { useOpenIntakeWindow } from '../api';
import {
  EMPTY_WINDOW,
  MAX_WINDOW_NAME,
  toWindowCreate,
  validateWindow,
  WINDOW_KINDS,
  type WindowField,
  type WindowKind,
} from '../ruleForms';
import { useRuleForm } from '../useRuleForm';
import { FormButtons } from '../../../components/ui/FormButtons';

type IntakeWindow = components['schemas']['IntakeWindowPublic'];

const ID = 'window-form';
const idOf = (field: WindowField) => `${ID}-${field}`;
const FIELD_IDS: Record<WindowField, string> = {
  name: idOf('name'),
  kind: idOf('kind'),
  productGroup: idOf('productGroup'),
  opensOn: idOf('opensOn'),
  closesOn: idOf('closesOn'),
};

type Props = {
  region: string;
  productGroups: string[];
  onDone: (window: IntakeWindow) => void;
  onCancel: () => void;
};

/** Opens an intake window: regular (every product group) or interim (one product group). */
export function IntakeWindowForm({ region, productGroups, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const open = useOpenIntakeWindow();
  const form = useRuleForm({ initial: EMPTY_WINDOW, validate: validateWindow, error: open.error, idOf, maxLength: { name: MAX_WINDOW_NAME } });
  const { values, change, errorFor } = form;

  const send = form.submit((valid) => {
    if (open.isPending) return;
    open.mutate(toWindowCreate(valid, region), { onSuccess: onDone });
  });

  const date = (field: 'opensOn' | 'closesOn') => (
    <DateField
      id={idOf(field)}
      label={t(`region.windows.fields.${field}`)}
      error={errorFor(field)}
      value={values[field]}
      onChange={(value) => change({ [field]: value }, field)}
    />
  );

  return (
    <form noValidate aria-label={t('region.windows.open')} onSubmit={send} className="zr-step-form">
      <Field
        id={idOf('name')}
        label={
          <>
            {t('region.windows.fields.name')} <span className="zr-muted">{t('common.optional')}</span>
          </>
        }
        description={t('region.windows.hints.name')}
        error={errorFor('name')}
      >
        {({ id, describedBy, invalid }) => (
          <Textbox
            id={id}
            autoComplete="off"
            value={values.name}
            onChange={(event) => change({ name: event.target.value }, 'name')}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field id={idOf('kind')} label={t('region.windows.fields.kind')} description={t('region.windows.hints.kind')} error={errorFor('kind')}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            required
            value={values.kind}
            onChange={(event) => change({ kind: event.target.value as WindowKind }, 'kind')}
            aria-describedby={describedBy}
            invalid={invalid}
          >
            {WINDOW_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {t(`region.windows.kinds.${kind}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {values.kind === 'interim' && (
        <Field id={idOf('productGroup')} label={t('region.windows.fields.productGroup')} error={errorFor('productGroup')}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              required
              value={values.productGroup}
              onChange={(event) => change({ productGroup: event.target.value }, 'productGroup')}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              <SelectOption value="">{t('allocations.choose')}</SelectOption>
              {productGroups.map((group) => (
                <SelectOption key={group} value={group}>
                  {group}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      )}
      <div className="zr-form-grid">
        {date('opensOn')}
        {date('closesOn')}
      </div>
      {open.isError && <ProblemAlert error={open.error} fieldIds={FIELD_IDS} headingLevel={4} />}
      {form.errorCount > 0 && (
        <Paragraph className="zr-error-text">{t('allocationForm.fixErrors', { count: form.errorCount })}</Paragraph>
      )}
      <FormButtons submitLabel={t('region.windows.submit')} busy={open.isPending} onCancel={onCancel} />
    </form>
  );
}
