import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../../client/contracting';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { ProblemError } from '../../../lib/problem';
import { useAllocationAction } from '../api';
import { STOP_REASONS } from '../codes';
import { today } from '../../../lib/validation';
import { StepForm } from '../../../components/ui/StepForm';

type Open = 'refuse' | 'start' | 'stop' | null;

/** What a provider does with an allocation: accept or refuse it, then report care start and stop. */
export function ProviderActions({ allocation }: { allocation: Allocation }) {
  const { t } = useTranslation();
  const step = useAllocationAction(allocation.id);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string>();
  const serverErrors = step.error instanceof ProblemError ? step.error.fieldErrors : {};
  const idPrefix = `allocation-${allocation.id}`;
  const what = t('allocations.card.title', { number: allocation.number });

  const run = (action: Parameters<typeof step.mutate>[0], message: string) =>
    step.mutate(action, {
      onSuccess: () => {
        setOpen(null);
        setDone(message);
      },
    });
  const toggle = (which: Open) => {
    step.reset();
    setDone(undefined);
    setOpen(open === which ? null : which);
  };

  const canStop = (allocation.status === 'started' || allocation.status === 'ended') && !allocation.careStoppedOn;
  return (
    <div className="zr-actions">
      <ButtonGroup>
        {allocation.status === 'issued' && (
          <>
            <Button
              appearance="primary-action-button"
              busy={step.isPending && open === null}
              onClick={() => run({ action: 'acceptance' }, t('allocations.done.accepted'))}
            >
              {t('allocations.actions.accept')}
              <span className="zr-visually-hidden">: {what}</span>
            </Button>
            <Button appearance="secondary-action-button" aria-expanded={open === 'refuse'} onClick={() => toggle('refuse')}>
              {t('allocations.actions.refuse')}
              <span className="zr-visually-hidden">: {what}</span>
            </Button>
          </>
        )}
        {allocation.status === 'accepted' && (
          <Button appearance="primary-action-button" aria-expanded={open === 'start'} onClick={() => toggle('start')}>
            {t('allocations.actions.start')}
            <span className="zr-visually-hidden">: {what}</span>
          </Button>
        )}
        {canStop && (
          <Button appearance="secondary-action-button" aria-expanded={open === 'stop'} onClick={() => toggle('stop')}>
            {t('allocations.actions.stop')}
            <span className="zr-visually-hidden">: {what}</span>
          </Button>
        )}
      </ButtonGroup>
      {open === 'refuse' && (
        <StepForm
          idPrefix={`${idPrefix}-refuse`}
          label={t('allocations.actions.refuse')}
          fields={[{ kind: 'reason', name: 'reason', label: t('allocations.fields.refusalReason') }]}
          submitLabel={t('allocations.actions.refuseSubmit')}
          busy={step.isPending}
          serverErrors={serverErrors}
          onSubmit={({ reason }) => run({ action: 'refusal', reason: reason! }, t('allocations.done.refused'))}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'start' && (
        <StepForm
          idPrefix={`${idPrefix}-start`}
          label={t('allocations.actions.start')}
          fields={[{ kind: 'date', name: 'startedOn', label: t('allocations.fields.startedOn'), initial: today() }]}
          submitLabel={t('allocations.actions.startSubmit')}
          busy={step.isPending}
          serverErrors={serverErrors}
          onSubmit={({ startedOn }) => run({ action: 'care-start', startedOn: startedOn! }, t('allocations.done.started'))}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'stop' && (
        <StepForm
          idPrefix={`${idPrefix}-stop`}
          label={t('allocations.actions.stop')}
          fields={[
            { kind: 'date', name: 'stoppedOn', label: t('allocations.fields.stoppedOn'), initial: today() },
            {
              kind: 'select',
              name: 'reasonCode',
              label: t('allocations.fields.stopReason'),
              options: STOP_REASONS.map((code) => ({ value: code, label: `${code} — ${t(`allocations.stopReasons.${code}`)}` })),
            },
          ]}
          submitLabel={t('allocations.actions.stopSubmit')}
          busy={step.isPending}
          serverErrors={serverErrors}
          onSubmit={({ stoppedOn, reasonCode }) =>
            run({ action: 'care-stop', stoppedOn: stoppedOn!, reasonCode: reasonCode! }, t('allocations.done.stopped'))
          }
          onCancel={() => toggle(null)}
        />
      )}
      {step.isError && <ProblemAlert error={step.error} headingLevel={4} />}
      <div role="status" className="zr-status">
        {done}
      </div>
    </div>
  );
}
