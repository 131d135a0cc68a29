import { Button, Heading2, Heading3 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/admission/schema';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { QueryState } from '../../../components/ui/QueryState';
import { SimpleTable } from '../../../components/ui/SimpleTable';
import { StepForm } from '../../../components/ui/StepForm';
import { today } from '../../../lib/validation';
import { ProblemError } from '../../../lib/problem';
import { useClosedGroups, useEnforcements, useIntakeWindows, useLiftEnforcement } from '../api';

type Enforcement = components['schemas']['EnforcementPublic'];

/** Intake windows, closed product groups and enforcement measures of the region. */
export function AdmissionRulesSection({ region }: { region: string }) {
  const { t } = useTranslation();
  const windows = useIntakeWindows(region);
  const closed = useClosedGroups(region);
  const enforcements = useEnforcements(region);
  const date = (value: string | null | undefined) => (value ? t('common.date', { date: new Date(`${value}T12:00:00`) }) : '–');
  return (
    <section aria-labelledby="rules-heading">
      <Heading2 id="rules-heading">{t('region.rules.title')}</Heading2>
      <Heading3>{t('region.windows.title')}</Heading3>
      <QueryState query={windows} loading={t('region.loading')} empty={t('region.windows.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <SimpleTable
            id="windows"
            caption={t('region.windows.title')}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'name', label: t('region.windows.name'), render: (row) => row.name || '–' },
              { key: 'kind', label: t('region.windows.kind'), render: (row) => t(`region.windows.kinds.${row.kind ?? 'regular'}`) },
              { key: 'opens', label: t('region.windows.opens'), render: (row) => date(row.opensOn) },
              { key: 'closes', label: t('region.windows.closes'), render: (row) => date(row.closesOn) },
              { key: 'open', label: t('region.windows.openNow'), render: (row) => (row.openNow ? t('common.yes') : t('common.no')) },
            ]}
          />
        )}
      </QueryState>
      <Heading3>{t('region.closed.title')}</Heading3>
      <QueryState query={closed} loading={t('region.loading')} empty={t('region.closed.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <SimpleTable
            id="closed"
            caption={t('region.closed.title')}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'municipality', label: t('region.closed.municipality'), render: (row) => row.municipalityCode },
              { key: 'group', label: t('region.closed.group'), render: (row) => row.productGroup },
              { key: 'closed', label: t('region.closed.closedOn'), render: (row) => date(row.closedOn) },
              { key: 'reason', label: t('region.closed.reason'), render: (row) => row.reason },
            ]}
          />
        )}
      </QueryState>
      <Heading3>{t('region.enforcement.title')}</Heading3>
      <QueryState query={enforcements} loading={t('region.loading')} empty={t('region.enforcement.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <div className="zr-stack">
            {rows.map((row) => (
              <EnforcementCard key={row.id} enforcement={row} date={date} />
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}

function EnforcementCard({ enforcement, date }: { enforcement: Enforcement; date: (value: string | null | undefined) => string }) {
  const { t } = useTranslation();
  const lift = useLiftEnforcement(enforcement.id);
  const [open, setOpen] = useState(false);
  const headingId = `enforcement-${enforcement.id}`;
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        {t(`region.enforcement.kinds.${enforcement.kind}`)} — {t(enforcement.active ? 'region.enforcement.active' : 'region.enforcement.lifted')}
      </Heading3>
      <p>
        {t('region.enforcement.period', { start: date(enforcement.startsOn), end: date(enforcement.endsOn) })} {enforcement.reason}
      </p>
      {enforcement.active && (
        <Button appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('region.enforcement.lift')}
        </Button>
      )}
      {open && (
        <StepForm
          idPrefix={`${headingId}-lift`}
          label={t('region.enforcement.lift')}
          fields={[
            { kind: 'date', name: 'liftedOn', label: t('region.enforcement.liftedOn'), initial: today() },
            { kind: 'reason', name: 'reason', label: t('region.enforcement.liftReason'), max: 2000 },
          ]}
          submitLabel={t('region.enforcement.liftSubmit')}
          busy={lift.isPending}
          serverErrors={lift.error instanceof ProblemError ? lift.error.fieldErrors : {}}
          onSubmit={({ liftedOn, reason }) => lift.mutate({ liftedOn: liftedOn!, reason: reason! }, { onSuccess: () => setOpen(false) })}
          onCancel={() => setOpen(false)}
        />
      )}
      {lift.isError && <ProblemAlert error={lift.error} headingLevel={4} />}
    </article>
  );
}
