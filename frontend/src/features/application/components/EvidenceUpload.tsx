import { Button, Heading3, Paragraph, StatusBadge, Textbox } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequirementStatus } from '../../../client/admission';
import { Field } from '../../../components/ui/Field';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { ProblemError } from '../../../lib/problem';
import { today } from '../../../lib/validation';
import { useUploadEvidence } from '../api';

export const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['application/pdf', 'image/png', 'image/jpeg'];
const ACCEPTED_NAME = /\.(pdf|png|jpe?g)$/i;

/** Checks a chosen file before it is sent: PDF, PNG or JPEG, not empty, at most 10 MB. */
export function fileError(file: File | undefined): 'fileRequired' | 'fileType' | 'fileEmpty' | 'fileTooLarge' | undefined {
  if (!file) return 'fileRequired';
  if (!(ACCEPTED.includes(file.type) || ACCEPTED_NAME.test(file.name))) return 'fileType';
  if (file.size === 0) return 'fileEmpty';
  if (file.size > MAX_BYTES) return 'fileTooLarge';
  return undefined;
}

/** One requirement of an application and a form to add a document as evidence for it. */
export function EvidenceUpload({ applicationId, requirement }: { applicationId: string; requirement: RequirementStatus }) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(applicationId);
  const [file, setFile] = useState<File>();
  const [validUntil, setValidUntil] = useState('');
  const [touched, setTouched] = useState(false);
  const [sent, setSent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = `evidence-${requirement.code.replace(/\W/g, '-')}`;
  const server = upload.error instanceof ProblemError ? upload.error.fieldErrors : {};

  const fileKey = fileError(file);
  const validKey = requirement.expires && !validUntil ? 'validUntilRequired' : validUntil && validUntil < today() ? 'validUntilPast' : undefined;
  const show = sent || touched;
  const fileMessage = (show && fileKey ? t(`application.errors.${fileKey}`, { max: 10 }) : undefined) ?? server.file?.reason;
  const validMessage = (sent && validKey ? t(`application.errors.${validKey}`) : undefined) ?? server.validUntil?.reason;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    if (fileKey || validKey) {
      document.getElementById(fileKey ? `${idPrefix}-file` : `${idPrefix}-valid`)?.focus();
      return;
    }
    upload.mutate(
      { requirementCode: requirement.code, file: file!, validUntil: validUntil || null },
      {
        onSuccess: () => {
          setFile(undefined);
          setSent(false);
          setTouched(false);
          formRef.current?.reset();
        },
      },
    );
  }

  const headingId = `${idPrefix}-heading`;
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{requirement.title}</Heading3>
      <StatusBadge status={requirement.evidenceCount > 0 ? 'safe' : 'warning'}>
        {t('application.evidence.count', { count: requirement.evidenceCount })}
      </StatusBadge>
      {requirement.openRequest && <Paragraph>{t('application.evidence.openRequest', { message: requirement.openRequest })}</Paragraph>}
      {requirement.verdict && <Paragraph>{t(`assessment.verdict.${requirement.verdict}`)}</Paragraph>}
      <form ref={formRef} noValidate onSubmit={submit} aria-label={t('application.evidence.formLabel', { requirement: requirement.title })}>
        <Field id={`${idPrefix}-file`} label={t('application.evidence.file')} description={t('application.evidence.fileHint')} error={fileMessage}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="file"
              className="utrecht-textbox zr-file"
              accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0]);
                setTouched(true);
                upload.reset();
              }}
            />
          )}
        </Field>
        {requirement.expires && (
          <Field id={`${idPrefix}-valid`} label={t('application.evidence.validUntil')} error={validMessage}>
            {({ id, describedBy, invalid }) => (
              <Textbox id={id} type="date" required value={validUntil} onChange={(e) => setValidUntil(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
            )}
          </Field>
        )}
        {upload.isError && !server.file && !server.validUntil && <ProblemAlert error={upload.error} headingLevel={4} />}
        <div role="status" className="zr-status">
          {upload.isPending && t('application.evidence.uploading')}
          {upload.isSuccess && t('application.evidence.uploaded', { name: upload.data.filename })}
        </div>
        <Button type="submit" appearance="secondary-action-button" busy={upload.isPending}>
          {t('application.evidence.upload')}
          <span className="zr-visually-hidden">: {requirement.title}</span>
        </Button>
      </form>
    </article>
  );
}
