import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SearchResult } from '../../../client/availability';
import { RouterLink } from '../../../components/ui/RouterLink';
import { useLabels } from '../api';
import { Freshness } from './Freshness';
import { MeasuredWait } from './MeasuredWait';

type ResultCardProps = {
  result: SearchResult;
  /** In the search results the provider's name leads and links to its page; on that page the product leads. */
  showProvider?: boolean;
  headingLevel?: number;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One provider's offer of one product at one location: waits, places, bridging care, freshness. */
export function ResultCard({ result, showProvider = true, headingLevel = 3 }: ResultCardProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { search } = useLocation();
  const headingId = useId();
  const weeks = (value: number | null) => (value === null ? t('search.result.unknown') : t('search.result.weeks', { count: value }));

  return (
    <article className="zr-result" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {showProvider ? (
          <RouterLink to={`/aanbieders/${result.providerId}`} state={{ search }}>
            {result.providerName}
          </RouterLink>
        ) : (
          result.productName
        )}
      </Heading>
      <Paragraph>
        {showProvider && `${result.productName} · `}
        {t('search.result.location', result.location)}
      </Paragraph>
      <Paragraph>
        <StatusBadge status={result.acceptingNewClients ? 'safe' : 'warning'}>
          {t(result.acceptingNewClients ? 'search.result.accepting' : 'search.result.notAccepting')}
        </StatusBadge>
      </Paragraph>
      <DataList className="zr-result__facts">
        <Row label={t('search.result.intakeWait')}>{weeks(result.intakeWaitWeeks)}</Row>
        <Row label={t('search.result.treatmentWait')}>{weeks(result.treatmentWaitWeeks)}</Row>
        <Row label={t('search.result.measuredWait')}>
          <MeasuredWait wait={result.measuredWait} />
        </Row>
        {result.freePlaces !== null && <Row label={t('search.result.freePlaces')}>{result.freePlaces}</Row>}
        <Row label={t('search.result.bridgingCare')}>
          {result.bridgingCare.offered
            ? (result.bridgingCare.description ?? t('search.result.yes'))
            : t('search.result.no')}
        </Row>
        <Row label={t('search.result.age')}>{t('search.result.ageRange', { min: result.ageMin, max: result.ageMax })}</Row>
        {result.specialisms.length > 0 && (
          <Row label={t('search.result.specialisms')}>{result.specialisms.map(labels.specialism).join(', ')}</Row>
        )}
        <Row label={t('search.result.product')}>
          {t('search.result.productCode', {
            code: result.productCode,
            group: labels.productGroup(result.productGroup),
            category: labels.category(result.category),
          })}
        </Row>
      </DataList>
      <Freshness lastConfirmedAt={result.lastConfirmedAt} stale={result.stale} />
    </article>
  );
}
