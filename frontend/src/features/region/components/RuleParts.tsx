import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { QueryState } from '../../../components/ui/QueryState';
import { useAdmissionRules } from '../api';
import { regionMunicipalities, type Municipality } from '../municipalities';

type EditorProps = {
  label: string;
  open: boolean;
  onToggle: () => void;
  /** What was last done, read out by a screen reader (`role="status"`). */
  done: string | undefined;
  toggleRef: Ref<HTMLButtonElement>;
  children: ReactNode;
};

/** A button that opens a form below it, and the status line that says what the form (or a list action) did. */
export function RuleEditor({ label, open, onToggle, done, toggleRef, children }: EditorProps) {
  return (
    <div className="zr-actions">
      <Button ref={toggleRef} appearance="secondary-action-button" aria-expanded={open} onClick={onToggle}>
        {label}
      </Button>
      <div role="status" className="zr-status">
        {done}
      </div>
      {open && children}
    </div>
  );
}

type ConfirmProps = {
  id: string;
  question: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button in the danger colour (the default: deleting, terminating); not for signing, say. */
  danger?: boolean;
  /** The label of the button that goes back (default: Cancel). */
  cancelLabel?: string;
};

/**
 * The confirmation step before deleting something: it takes focus (a screen reader reads the question),
 * and nothing happens until the confirm button is pressed.
 */
export function ConfirmStep({
  id,
  question,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  danger = true,
  cancelLabel,
}: ConfirmProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="group" aria-labelledby={`${id}-question`} tabIndex={-1} className="zr-step-form">
      <Paragraph id={`${id}-question`}>{question}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint={danger ? 'danger' : undefined} busy={busy} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
      </ButtonGroup>
      {error !== null && error !== undefined && <ProblemAlert error={error} headingLevel={4} />}
    </div>
  );
}

/** The region's municipalities and product groups as the admission service knows them, for a form. */
export function WithRules({
  region,
  children,
}: {
  region: string;
  children: (rules: { municipalities: Municipality[]; productGroups: string[] }) => ReactNode;
}) {
  const { t } = useTranslation();
  const rules = useAdmissionRules(region);
  return (
    <QueryState query={rules} loading={t('region.loading')} empty="" isEmpty={() => false} headingLevel={4}>
      {(data) =>
        children({
          municipalities: regionMunicipalities(region, data.municipalityCodes),
          productGroups: Object.keys(data.productGroups).sort((a, b) => a.localeCompare(b, 'nl')),
        })
      }
    </QueryState>
  );
}
