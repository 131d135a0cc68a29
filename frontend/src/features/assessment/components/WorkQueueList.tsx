import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { RouterLink } from '../../../components/ui/RouterLink';
import { useWorkQueue } from '../api';

const ACTIONS = ['start_screening', 'screen_requirements', 'review_new_evidence', 'hold_dialogue_or_decide'] as const;
type QueueAction = (typeof ACTIONS)[number];
const isAction = (action: string): action is QueueAction => (ACTIONS as readonly string[]).includes(action);

/** The region's assessment queue: what waits for whom, oldest first, and the open signals. */
export function WorkQueueList() {
  const { t } = useTranslation();
  const queue = useWorkQueue();
  const date = (value: string) => t('common.date', { date: new Date(value) });
  return (
    <>
      <section aria-labelledby="queue-heading">
        <Heading2 id="queue-heading">{t('assessment.queue.title')}</Heading2>
        {queue.isPending && <LoadingState>{t('assessment.queue.loading')}</LoadingState>}
        {queue.isError && <ProblemAlert error={queue.error} headingLevel={3} onRetry={() => queue.refetch()} />}
        {queue.isSuccess && queue.data.applications.length === 0 && <Paragraph>{t('assessment.queue.empty')}</Paragraph>}
        {queue.isSuccess && queue.data.applications.length > 0 && (
          <UnorderedList className="zr-queue">
            {queue.data.applications.map(({ application, action }) => (
              <UnorderedListItem key={application.id}>
                <RouterLink to={`/toelating/aanvragen/${application.id}`}>{application.providerName}</RouterLink>
                {' — '}
                <strong>{isAction(action) ? t(`assessment.queue.actions.${action}`) : action}</strong>
                <br />
                {t('assessment.queue.detail', {
                  products: application.productCodes.join(', '),
                  date: date(application.submittedAt),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {queue.isSuccess && (
        <section aria-labelledby="queue-signals-heading">
          <Heading2 id="queue-signals-heading">{t('assessment.signals.title')}</Heading2>
          {queue.data.signals.length === 0 ? (
            <Paragraph>{t('assessment.signals.empty')}</Paragraph>
          ) : (
            <UnorderedList>
              {queue.data.signals.map((signal) => (
                <UnorderedListItem key={signal.id}>
                  {signal.message} <span className="zr-muted">({date(signal.raisedAt)})</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
    </>
  );
}
