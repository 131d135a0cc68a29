import { Paragraph } from '@utrecht/component-library-react';
import clsx from 'clsx';
import { useTranslation } from 'react-i18next';

/** When the provider last confirmed this entry; a stale entry says so in words, not only in colour. */
export function Freshness({ lastConfirmedAt, stale }: { lastConfirmedAt: string | null; stale: boolean }) {
  const { t } = useTranslation();
  return (
    <Paragraph appearance="small" className={clsx('zr-freshness', { 'zr-freshness--stale': stale })}>
      {stale && <strong>{t('search.result.stale')} </strong>}
      {lastConfirmedAt
        ? t('search.result.confirmedOn', { date: new Date(lastConfirmedAt) })
        : t('search.result.neverConfirmed')}
    </Paragraph>
  );
}
