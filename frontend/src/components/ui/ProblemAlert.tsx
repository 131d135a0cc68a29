import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/problem';

type ProblemAlertProps = {
  error: unknown;
  /** Input ids by parameter name, so each invalid parameter links to its field. */
  fieldIds?: Record<string, string>;
  headingLevel?: number;
  onRetry?: () => void;
};

/** Shows an API error: the problem's title and detail, and a message per invalid parameter. */
export function ProblemAlert({ error, fieldIds = {}, headingLevel = 2, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error : null;
  const title = problem?.title ?? t('problem.unreachable.title');
  const detail = problem ? problem.detail : t('problem.unreachable.detail');

  return (
    <Alert type="error">
      <Heading level={headingLevel}>{title}</Heading>
      {detail && <Paragraph>{detail}</Paragraph>}
      {problem && problem.invalidParams.length > 0 && (
        <UnorderedList>
          {problem.invalidParams.map((param) => {
            const fieldId = fieldIds[param.name];
            return (
              <UnorderedListItem key={`${param.name}-${param.code}`}>
                {fieldId ? (
                  <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId}`}>
                    {param.reason}
                  </a>
                ) : (
                  t('problem.invalidParam', { name: param.name, reason: param.reason })
                )}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('problem.retry')}
        </Button>
      )}
    </Alert>
  );
}
