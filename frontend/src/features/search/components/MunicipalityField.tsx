import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/ui/Combobox';
import { Field } from '../../../components/ui/Field';
import { MUNICIPALITIES } from '../data/municipalities';
import { FIELD_IDS } from './fieldIds';

const OPTIONS = MUNICIPALITIES.map((m) => ({ value: m.code, label: m.name }));

type MunicipalityFieldProps = {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  error?: string | undefined;
};

/** The child's municipality (it decides which contracts apply), chosen by typing its name. */
export function MunicipalityField({ value, onChange, error }: MunicipalityFieldProps) {
  const { t } = useTranslation();
  return (
    <Field
      id={FIELD_IDS.municipality}
      label={t('search.municipality.label')}
      description={t('search.municipality.hint')}
      error={error}
    >
      {({ id, labelId, describedBy, invalid }) => (
        <Combobox
          id={id}
          labelId={labelId}
          options={OPTIONS}
          value={value}
          onChange={onChange}
          describedBy={describedBy}
          invalid={invalid}
          noMatchesText={t('search.municipality.noMatches')}
        />
      )}
    </Field>
  );
}
