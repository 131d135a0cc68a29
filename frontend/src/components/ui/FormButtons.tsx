import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

type FormButtonsProps = { submitLabel: string; busy: boolean; onCancel: () => void };

/** A form's submit and cancel buttons; submitting is disabled while the form is busy (no double sends). */
export function FormButtons({ submitLabel, busy, onCancel }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {submitLabel}
      </Button>
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </ButtonGroup>
  );
}
