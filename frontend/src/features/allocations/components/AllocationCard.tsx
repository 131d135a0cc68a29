import { DataList, DataListItem, DataListKey, DataListValue, Heading3, StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../../client/contracting';
import { isStatus } from '../codes';

const BADGE: Record<string, 'safe' | 'warning' | 'danger' | 'neutral'> = {
  issued: 'warning',
  accepted: 'safe',
  started: 'safe',
  refused: 'danger',
  withdrawn: 'neutral',
  stopped: 'neutral',
  ended: 'neutral',
};

/** What an allocation says (client, care, volume, period, status), with the actions its reader may take. */
export function AllocationCard({ allocation, children }: { allocation: Allocation; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `allocation-${allocation.id}-heading`;
  const status = isStatus(allocation.status) ? t(`allocations.status.${allocation.status}`) : allocation.status;
  const date = (value: string) => t('common.date', { date: new Date(`${value}T12:00:00`) });
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        {t('allocations.card.title', { number: allocation.number })}
        {allocation.client && ` — ${allocation.client.name}`}
      </Heading3>
      <StatusBadge status={BADGE[allocation.status] ?? 'neutral'}>{status}</StatusBadge>
      <DataList className="zr-datalist">
        <DataListItem>
          <DataListKey>{t('allocations.card.product')}</DataListKey>
          <DataListValue>{allocation.productCode}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('allocations.card.volume')}</DataListKey>
          <DataListValue>
            {allocation.volume.amount} {t(`allocations.units.${allocation.volume.unit}`)}{' '}
            {t(`allocations.frequencies.${allocation.volume.frequency}`)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('allocations.card.period')}</DataListKey>
          <DataListValue>
            {allocation.endDate
              ? t('allocations.card.periodRange', { start: date(allocation.startDate), end: date(allocation.endDate) })
              : t('allocations.card.periodOpen', { start: date(allocation.startDate) })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('allocations.card.municipality')}</DataListKey>
          <DataListValue>{allocation.municipalityCode}</DataListValue>
        </DataListItem>
        {allocation.careStartedOn && (
          <DataListItem>
            <DataListKey>{t('allocations.card.careStarted')}</DataListKey>
            <DataListValue>{date(allocation.careStartedOn)}</DataListValue>
          </DataListItem>
        )}
        {allocation.careStoppedOn && (
          <DataListItem>
            <DataListKey>{t('allocations.card.careStopped')}</DataListKey>
            <DataListValue>{date(allocation.careStoppedOn)}</DataListValue>
          </DataListItem>
        )}
        {allocation.refusalReason && (
          <DataListItem>
            <DataListKey>{t('allocations.card.refusalReason')}</DataListKey>
            <DataListValue>{allocation.refusalReason}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {children}
    </article>
  );
}
