import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation, VolumeFrequency, VolumeUnit } from '../../../client/contracting';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { ProblemError } from '../../../lib/problem';
import { useAllocationAction } from '../api';
import { VOLUME_FREQUENCIES, VOLUME_UNITS } from '../codes';
import { today } from '../../../lib/validation';
import { StepForm } from '../../../components/ui/StepForm';

type Open = 'amend' | 'end' | null;

const AMENDABLE = ['issued', 'accepted', 'started'];
const ENDABLE = ['accepted', 'started'];

/** What an access team does with an allocation it issued: amend the volume or end date, or end it early. */
export function AccessTeamActions({ allocation }: { allocation: Allocation }) {
  const { t } = useTranslation();
  const step = useAllocationAction(allocation.id);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string>();
  const serverErrors = step.error instanceof ProblemError ? step.error.fieldErrors : {};
  const flatErrors = Object.fromEntries(
    Object.entries(serverErrors).map(([name, param]) => [name.replace(/^volume\./, ''), param]),
  );
  const idPrefix = `allocation-${allocation.id}`;
  const what = t('allocations.card.title', { number: allocation.number });

  const toggle = (which: Open) => {
    step.reset();
    setDone(undefined);
    setOpen(open === which ? null : which);
  };
  const run = (action: Parameters<typeof step.mutate>[0], message: string) =>
    step.mutate(action, {
      onSuccess: () => {
        setOpen(null);
        setDone(message);
      },
    });

  return (
    <div className="zr-actions">
      {(AMENDABLE.includes(allocation.status) || ENDABLE.includes(allocation.status)) && (
        <ButtonGroup>
          {AMENDABLE.includes(allocation.status) && (
            <Button appearance="secondary-action-button" aria-expanded={open === 'amend'} onClick={() => toggle('amend')}>
              {t('allocations.actions.amend')}
              <span className="zr-visually-hidden">: {what}</span>
            </Button>
          )}
          {ENDABLE.includes(allocation.status) && (
            <Button appearance="secondary-action-button" aria-expanded={open === 'end'} onClick={() => toggle('end')}>
              {t('allocations.actions.end')}
              <span className="zr-visually-hidden">: {what}</span>
            </Button>
          )}
        </ButtonGroup>
      )}
      {open === 'amend' && (
        <StepForm
          idPrefix={`${idPrefix}-amend`}
          label={t('allocations.actions.amend')}
          fields={[
            { kind: 'amount', name: 'amount', label: t('allocationForm.fields.amount'), initial: allocation.volume.amount },
            {
              kind: 'select',
              name: 'unit',
              label: t('allocationForm.fields.unit'),
              initial: allocation.volume.unit,
              options: VOLUME_UNITS.map((unit) => ({ value: unit, label: t(`allocations.units.${unit}`) })),
            },
            {
              kind: 'select',
              name: 'frequency',
              label: t('allocationForm.fields.frequency'),
              initial: allocation.volume.frequency,
              options: VOLUME_FREQUENCIES.map((f) => ({ value: f, label: t(`allocations.frequencies.${f}`) })),
            },
            {
              kind: 'date',
              name: 'endDate',
              label: t('allocationForm.fields.endDate'),
              initial: allocation.endDate ?? '',
              optional: true,
            },
            { kind: 'date', name: 'effectiveOn', label: t('allocations.fields.effectiveOn'), initial: today() },
          ]}
          submitLabel={t('allocations.actions.amendSubmit')}
          busy={step.isPending}
          serverErrors={flatErrors}
          onSubmit={(values) =>
            run(
              {
                action: 'amendments',
                body: {
                  volume: {
                    amount: values.amount!.replace(',', '.'),
                    unit: values.unit as VolumeUnit,
                    frequency: values.frequency as VolumeFrequency,
                  },
                  endDate: values.endDate || null,
                  effectiveOn: values.effectiveOn!,
                },
              },
              t('allocations.done.amended'),
            )
          }
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'end' && (
        <StepForm
          idPrefix={`${idPrefix}-end`}
          label={t('allocations.actions.end')}
          fields={[
            { kind: 'date', name: 'endedOn', label: t('allocations.fields.endedOn'), initial: today() },
            { kind: 'reason', name: 'reason', label: t('allocations.fields.endReason') },
          ]}
          submitLabel={t('allocations.actions.endSubmit')}
          busy={step.isPending}
          serverErrors={serverErrors}
          onSubmit={({ endedOn, reason }) =>
            run({ action: 'ending', endedOn: endedOn!, reason: reason! }, t('allocations.done.ended'))
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
