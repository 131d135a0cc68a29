import { Button, ButtonGroup, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/monitoring/schema';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { QueryState } from '../../../components/ui/QueryState';
import { useSignalStep, useSignals } from '../api';

type Signal = components['schemas']['SignalPublic'];

/** Open signals (supply gaps, stale data, exit candidates): acknowledge, then resolve. */
export function SignalsSection() {
  const { t } = useTranslation();
  const signals = useSignals();
  return (
    <section aria-labelledby="signals-heading">
      <Heading2 id="signals-heading">{t('region.signals.title')}</Heading2>
      <QueryState query={signals} loading={t('region.loading')} empty={t('region.signals.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <div className="zr-stack">
            {rows.map((signal) => (
              <SignalCard key={signal.id} signal={signal} />
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}

function SignalCard({ signal }: { signal: Signal }) {
  const { t } = useTranslation();
  const step = useSignalStep(signal.id);
  const headingId = `signal-${signal.id}`;
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{signal.message}</Heading3>
      <StatusBadge status={signal.status === 'open' ? 'warning' : 'neutral'}>
        {signal.status === 'open' ? t('region.signals.open') : t('region.signals.acknowledged')}
      </StatusBadge>
      <Paragraph appearance="small">
        {t('region.signals.raised', { kind: signal.kind, date: t('common.date', { date: new Date(signal.raisedAt) }) })}
      </Paragraph>
      <ButtonGroup>
        {signal.status === 'open' && (
          <Button appearance="secondary-action-button" busy={step.isPending} onClick={() => step.mutate('acknowledge')}>
            {t('region.signals.acknowledge')}
          </Button>
        )}
        <Button appearance="secondary-action-button" busy={step.isPending} onClick={() => step.mutate('resolve')}>
          {t('region.signals.resolve')}
        </Button>
      </ButtonGroup>
      {step.isError && <ProblemAlert error={step.error} headingLevel={4} />}
    </article>
  );
}
