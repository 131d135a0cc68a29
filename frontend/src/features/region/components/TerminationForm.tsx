import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, ReasonField } from '../../../components/ui/TextFields';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { ProblemError } from '../../../lib/problem';
import { type Contract, useTerminateContract } from '../api';
import {
  EMPTY_TERMINATION,
  MAX_TERMINATION_REASON,
  TERMINATION_FIELDS,
  toTerminationCreate,
  validateTermination,
  type TerminationField,
} from '../contractForms';
import { useRuleForm } from '../useRuleForm';
import { ConfirmStep } from './RuleParts';

const ID = 'contract-termination';
const idOf = (field: TerminationField) => `${ID}-${field}`;
const FIELD_IDS: Record<TerminationField, string> = { terminatedOn: idOf('terminatedOn'), reason: idOf('reason') };
const PROBLEM_ID = `${ID}-problem`;
const NEXT_ID = `${ID}-next`;

type Props = {
  region: string;
  contract: Contract;
  /** The contract's kind, in words. */
  kind: string;
  date: (value: string | null | undefined) => string;
  onDone: (contract: Contract) => void;
  onCancel: () => void;
};

/**
 * Terminates an active contract: its last day and the reason, checked as they are typed, then a
 * confirmation. When the service objects, the form comes back with the objection on its field.
 */
export function TerminationForm({ region, contract, kind, date, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const terminate = useTerminateContract(region);
  const form = useRuleForm({
    initial: EMPTY_TERMINATION,
    validate: (values) => validateTermination(values, contract.startsOn),
    error: terminate.error,
    idOf,
    maxLength: { reason: MAX_TERMINATION_REASON },
  });
  const { values, change, errorFor } = form;
  const [confirming, setConfirming] = useState(false);
  /** Where focus goes once the form (back) is on the screen: the form as it opens, a field after an objection. */
  const focusNext = useRef<string | null>(ID);
  useEffect(() => {
    if (confirming || !focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const next = form.submit(() => {
    terminate.reset();
    setConfirming(true);
  });

  const confirm = () => {
    if (terminate.isPending) return;
    terminate.mutate(
      { contractId: contract.id, body: toTerminationCreate(values) },
      {
        onSuccess: onDone,
        onError: (error) => {
          const field = error instanceof ProblemError ? TERMINATION_FIELDS.find((name) => error.fieldErrors[name]) : undefined;
          focusNext.current = field ? idOf(field) : PROBLEM_ID;
          setConfirming(false);
        },
      },
    );
  };

  const back = () => {
    focusNext.current = NEXT_ID;
    setConfirming(false);
  };

  if (confirming) {
    return (
      <ConfirmStep
        id={`${ID}-confirm`}
        question={t('region.contracts.confirmTerminate', { provider: contract.providerName, date: date(values.terminatedOn) })}
        confirmLabel={t('region.contracts.terminateSubmit')}
        cancelLabel={t('region.contracts.back')}
        busy={terminate.isPending}
        error={null}
        onConfirm={confirm}
        onCancel={back}
      />
    );
  }

  return (
    <form id={ID} noValidate aria-labelledby={`${ID}-title`} tabIndex={-1} onSubmit={next} className="zr-step-form">
      <Heading3 id={`${ID}-title`}>{t('region.contracts.terminateTitle', { provider: contract.providerName })}</Heading3>
      <Paragraph>{t('region.contracts.terminateIntro', { kind, starts: date(contract.startsOn) })}</Paragraph>
      <DateField
        id={idOf('terminatedOn')}
        label={t('region.contracts.fields.terminatedOn')}
        error={errorFor('terminatedOn')}
        min={contract.startsOn}
        value={values.terminatedOn}
        onChange={(terminatedOn) => change({ terminatedOn }, 'terminatedOn')}
      />
      <ReasonField
        id={idOf('reason')}
        label={t('region.contracts.fields.reason')}
        error={errorFor('reason')}
        value={values.reason}
        onChange={(reason) => change({ reason }, 'reason')}
      />
      {terminate.isError && (
        <div id={PROBLEM_ID} tabIndex={-1}>
          <ProblemAlert error={terminate.error} fieldIds={FIELD_IDS} headingLevel={4} />
        </div>
      )}
      {form.errorCount > 0 && (
        <Paragraph className="zr-error-text">{t('allocationForm.fixErrors', { count: form.errorCount })}</Paragraph>
      )}
      <ButtonGroup>
        <Button id={NEXT_ID} type="submit" appearance="primary-action-button">
          {t('region.contracts.terminateNext')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
