import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { useVocabularies } from '../../search/api';
import { useConfirmAll, useOwnEntries } from '../api';
import { EntryForm } from './EntryForm';

/** The provider's entries, one form each, and one click to confirm them all as still correct. */
export function OwnEntries({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const entries = useOwnEntries(providerId);
  const vocabularies = useVocabularies();
  const confirmAll = useConfirmAll(providerId);

  return (
    <section aria-labelledby="own-entries-heading">
      <Heading2 id="own-entries-heading">{t('reporting.title')}</Heading2>
      <Paragraph>{t('reporting.intro')}</Paragraph>
      {entries.isPending && <LoadingState>{t('reporting.loading')}</LoadingState>}
      {entries.isError && <ProblemAlert error={entries.error} headingLevel={3} onRetry={() => entries.refetch()} />}
      {entries.isSuccess && entries.data.length === 0 && <Paragraph>{t('reporting.empty')}</Paragraph>}
      {entries.isSuccess && entries.data.length > 0 && (
        <>
          <Button appearance="primary-action-button" busy={confirmAll.isPending} onClick={() => confirmAll.mutate()}>
            {t('reporting.confirmAll')}
          </Button>
          <div role="status" className="zr-status">
            {confirmAll.isSuccess && t('reporting.confirmedAll', { count: confirmAll.data.confirmed })}
          </div>
          {confirmAll.isError && <ProblemAlert error={confirmAll.error} headingLevel={3} />}
          <div className="zr-stack">
            {entries.data.map((entry) => (
              <EntryForm
                key={entry.entryId}
                providerId={providerId}
                entry={entry}
                specialisms={vocabularies.data?.specialisms ?? []}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
