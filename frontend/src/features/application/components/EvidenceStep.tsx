import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { useApplication } from '../../assessment/api';
import { EvidenceUpload } from './EvidenceUpload';

/** The evidence of one application: progress over its requirements, and an upload per requirement. */
export function EvidenceStep({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const application = useApplication(applicationId);
  return (
    <section aria-labelledby="evidence-heading">
      <Heading2 id="evidence-heading">{t('application.evidence.title')}</Heading2>
      <QueryState query={application} loading={t('application.loading')} empty={t('application.evidence.none')} isEmpty={(a) => a.requirements.length === 0}>
        {(data) => {
          const done = data.requirements.filter((r) => r.evidenceCount > 0).length;
          return (
            <>
              <Paragraph>{t('application.evidence.intro')}</Paragraph>
              <label htmlFor="evidence-progress" className="zr-progress-label">
                {t('application.evidence.progress', { done, total: data.requirements.length })}
              </label>
              <progress id="evidence-progress" className="zr-progress" value={done} max={data.requirements.length} />
              <div className="zr-stack">
                {data.requirements.map((requirement) => (
                  <EvidenceUpload key={requirement.code} applicationId={data.id} requirement={requirement} />
                ))}
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
