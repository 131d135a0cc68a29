import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Switches between Dutch and English; the button names the other language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <Button appearance="subtle-button" lang={other} onClick={() => i18n.changeLanguage(other)}>
      {t('language.switchTo')}
    </Button>
  );
}
