import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, RequirementStatus } from '../../../client/admission';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { RouterLink } from '../../../components/ui/RouterLink';
import { StepForm } from '../../../components/ui/StepForm';
import { today } from '../../../lib/validation';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ProblemError } from '../../../lib/problem';
import { useApplication, useAssessmentStep, type AssessmentStep } from '../api';

type Open = { kind: 'reject' | 'request'; code: string } | { kind: 'admit' | 'rejectAll' } | null;

/** One application: its requirements with the region's verdicts, and the next decision. */
export function ApplicationDetail({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const application = useApplication(applicationId);
  usePageTitle(application.data ? t('assessment.detail.title', { provider: application.data.providerName }) : t('assessment.detail.loading'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/toelating">{t('assessment.detail.back')}</RouterLink>
      </Paragraph>
      {application.isPending && <LoadingState>{t('assessment.detail.loading')}</LoadingState>}
      {application.isError && <ProblemAlert error={application.error} headingLevel={1} onRetry={() => application.refetch()} />}
      {application.isSuccess && <Assessment application={application.data} />}
    </>
  );
}

function Assessment({ application }: { application: Application }) {
  const { t } = useTranslation();
  const step = useAssessmentStep(application.id);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string>();
  const serverErrors = step.error instanceof ProblemError ? step.error.fieldErrors : {};
  const status = application.status;
  const allApproved = application.requirements.every((requirement) => requirement.verdict === 'approved');

  const run = (action: AssessmentStep, message: string) =>
    step.mutate(action, {
      onSuccess: () => {
        setOpen(null);
        setDone(message);
      },
    });
  const toggle = (next: Open) => {
    step.reset();
    setDone(undefined);
    setOpen(next);
  };
  const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

  return (
    <>
      <Heading1>{t('assessment.detail.title', { provider: application.providerName })}</Heading1>
      <StatusBadge status={status === 'admitted' ? 'safe' : status === 'rejected' ? 'danger' : 'warning'}>
        {t(`assessment.status.${status}`)}
      </StatusBadge>
      <DataList className="zr-datalist">
        <DataListItem>
          <DataListKey>{t('assessment.detail.products')}</DataListKey>
          <DataListValue>{application.productCodes.join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('assessment.detail.municipalities')}</DataListKey>
          <DataListValue>{application.municipalityCodes.join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('assessment.detail.submitted')}</DataListKey>
          <DataListValue>{t('common.date', { date: new Date(application.submittedAt) })}</DataListValue>
        </DataListItem>
        {application.decisionReasons.length > 0 && (
          <DataListItem>
            <DataListKey>{t('assessment.detail.reasons')}</DataListKey>
            <DataListValue>{application.decisionReasons.join('; ')}</DataListValue>
          </DataListItem>
        )}
      </DataList>

      <div role="status" className="zr-status">
        {done}
      </div>
      {step.isError && <ProblemAlert error={step.error} headingLevel={2} />}

      {status === 'submitted' && (
        <Button appearance="primary-action-button" busy={step.isPending} onClick={() => run({ step: 'screening' }, t('assessment.done.screening'))}>
          {t('assessment.actions.startScreening')}
        </Button>
      )}

      <Heading2>{t('assessment.detail.requirements')}</Heading2>
      <div className="zr-stack">
        {application.requirements.map((requirement) => (
          <Requirement
            key={requirement.code}
            requirement={requirement}
            screening={status === 'screening'}
            busy={step.isPending}
            open={open && 'code' in open && open.code === requirement.code ? open.kind : null}
            onApprove={() =>
              run({ step: 'verdict', requirementCode: requirement.code, verdict: 'approved' }, t('assessment.done.approved'))
            }
            onToggle={(kind) => toggle(kind ? { kind, code: requirement.code } : null)}
            serverErrors={serverErrors}
            onReject={(reason) =>
              run({ step: 'verdict', requirementCode: requirement.code, verdict: 'rejected', reason }, t('assessment.done.rejected'))
            }
            onRequest={(message) =>
              run({ step: 'evidence-request', requirementCode: requirement.code, message }, t('assessment.done.requested'))
            }
          />
        ))}
      </div>

      {(status === 'screening' || status === 'dialogue') && (
        <section aria-labelledby="decision-heading">
          <Heading2 id="decision-heading">{t('assessment.detail.decision')}</Heading2>
          {status === 'screening' && !allApproved && <Paragraph>{t('assessment.detail.notAllApproved')}</Paragraph>}
          <ButtonGroup>
            {status === 'screening' && allApproved && (
              <Button appearance="primary-action-button" busy={step.isPending} onClick={() => run({ step: 'dialogue' }, t('assessment.done.dialogue'))}>
                {t('assessment.actions.toDialogue')}
              </Button>
            )}
            {status === 'dialogue' && (
              <Button appearance="primary-action-button" aria-expanded={open?.kind === 'admit'} onClick={() => toggle(open?.kind === 'admit' ? null : { kind: 'admit' })}>
                {t('assessment.actions.admit')}
              </Button>
            )}
            <Button appearance="secondary-action-button" aria-expanded={open?.kind === 'rejectAll'} onClick={() => toggle(open?.kind === 'rejectAll' ? null : { kind: 'rejectAll' })}>
              {t('assessment.actions.rejectApplication')}
            </Button>
          </ButtonGroup>
          {open?.kind === 'admit' && (
            <StepForm
              idPrefix="admit"
              label={t('assessment.actions.admit')}
              fields={[
                { kind: 'date', name: 'admittedOn', label: t('assessment.fields.admittedOn'), initial: today() },
                { kind: 'reason', name: 'reasons', label: t('assessment.fields.admitReasons'), max: 2000, optional: true },
              ]}
              submitLabel={t('assessment.actions.admitSubmit')}
              busy={step.isPending}
              serverErrors={serverErrors}
              onSubmit={({ admittedOn, reasons }) =>
                run({ step: 'admission', admittedOn: admittedOn || null, reasons: lines(reasons ?? '') }, t('assessment.done.admitted'))
              }
              onCancel={() => toggle(null)}
            />
          )}
          {open?.kind === 'rejectAll' && (
            <StepForm
              idPrefix="reject-application"
              label={t('assessment.actions.rejectApplication')}
              fields={[{ kind: 'reason', name: 'reasons', label: t('assessment.fields.rejectReasons'), max: 2000 }]}
              submitLabel={t('assessment.actions.rejectSubmit')}
              busy={step.isPending}
              serverErrors={serverErrors}
              onSubmit={({ reasons }) => run({ step: 'rejection', reasons: lines(reasons ?? '') }, t('assessment.done.applicationRejected'))}
              onCancel={() => toggle(null)}
            />
          )}
        </section>
      )}
    </>
  );
}

type RequirementProps = {
  requirement: RequirementStatus;
  screening: boolean;
  busy: boolean;
  open: 'reject' | 'request' | 'admit' | 'rejectAll' | null;
  serverErrors: ProblemError['fieldErrors'];
  onApprove: () => void;
  onToggle: (kind: 'reject' | 'request' | null) => void;
  onReject: (reason: string) => void;
  onRequest: (message: string) => void;
};

function Requirement({ requirement, screening, busy, open, serverErrors, onApprove, onToggle, onReject, onRequest }: RequirementProps) {
  const { t } = useTranslation();
  const headingId = `requirement-${requirement.code}`;
  const verdict = requirement.verdict ? t(`assessment.verdict.${requirement.verdict}`) : t('assessment.verdict.open');
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{requirement.title}</Heading3>
      <StatusBadge status={requirement.verdict === 'approved' ? 'safe' : requirement.verdict === 'rejected' ? 'danger' : 'neutral'}>
        {verdict}
      </StatusBadge>
      <Paragraph>
        {t('assessment.requirement.evidence', { count: requirement.evidenceCount })}
        {requirement.reason && ` ${t('assessment.requirement.reason', { reason: requirement.reason })}`}
        {requirement.openRequest && ` ${t('assessment.requirement.openRequest', { message: requirement.openRequest })}`}
      </Paragraph>
      {screening && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" busy={busy && open === null} onClick={onApprove}>
            {t('assessment.actions.approve')}
            <span className="zr-visually-hidden">: {requirement.title}</span>
          </Button>
          <Button appearance="secondary-action-button" aria-expanded={open === 'reject'} onClick={() => onToggle(open === 'reject' ? null : 'reject')}>
            {t('assessment.actions.reject')}
            <span className="zr-visually-hidden">: {requirement.title}</span>
          </Button>
          <Button appearance="subtle-button" aria-expanded={open === 'request'} onClick={() => onToggle(open === 'request' ? null : 'request')}>
            {t('assessment.actions.requestEvidence')}
            <span className="zr-visually-hidden">: {requirement.title}</span>
          </Button>
        </ButtonGroup>
      )}
      {open === 'reject' && (
        <StepForm
          idPrefix={`${headingId}-reject`}
          label={t('assessment.actions.reject')}
          fields={[{ kind: 'reason', name: 'reason', label: t('assessment.fields.verdictReason'), max: 4000 }]}
          submitLabel={t('assessment.actions.rejectRequirementSubmit')}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={({ reason }) => onReject(reason!)}
          onCancel={() => onToggle(null)}
        />
      )}
      {open === 'request' && (
        <StepForm
          idPrefix={`${headingId}-request`}
          label={t('assessment.actions.requestEvidence')}
          fields={[{ kind: 'reason', name: 'message', label: t('assessment.fields.requestMessage'), max: 2000 }]}
          submitLabel={t('assessment.actions.requestSubmit')}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={({ message }) => onRequest(message!)}
          onCancel={() => onToggle(null)}
        />
      )}
    </article>
  );
}
