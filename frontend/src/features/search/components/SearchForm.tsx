import { Button, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../../client/availability';
import { Field } from '../../../components/ui/Field';
import type { InvalidParam } from '../../../lib/problem';
import type { SearchFilters } from '../filters';
import { CareSelect } from './CareSelect';
import { FIELD_IDS } from './fieldIds';
import { MunicipalityField } from './MunicipalityField';

type SearchFormProps = {
  filters: SearchFilters;
  onChange: (change: Partial<SearchFilters>) => void;
  vocabularies: Vocabularies | undefined;
  fieldErrors: Record<string, InvalidParam>;
};

const MAX_AGE = 23;

/**
 * Care and municipality apply as soon as they are chosen, so the common search takes two choices;
 * the optional age and name apply when the form is sent.
 */
export function SearchForm({ filters, onChange, vocabularies, fieldErrors }: SearchFormProps) {
  const { t } = useTranslation();
  const [ageError, setAgeError] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ageText = String(form.get('age') ?? '').trim();
    const age = ageText === '' ? undefined : Number(ageText);
    if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= MAX_AGE)) {
      setAgeError(t('search.age.invalid', { max: MAX_AGE }));
      return;
    }
    setAgeError(undefined);
    onChange({ age, q: String(form.get('q') ?? '').trim() || undefined });
  }

  return (
    <form role="search" aria-label={t('search.form.label')} className="zr-search-form" noValidate onSubmit={submit}>
      <CareSelect
        productGroup={filters.productGroup}
        productCode={filters.productCode}
        vocabularies={vocabularies}
        onChange={onChange}
        error={(fieldErrors.productCode ?? fieldErrors.productGroup)?.reason}
      />
      <MunicipalityField
        value={filters.municipality}
        onChange={(municipality) => onChange({ municipality })}
        error={fieldErrors.municipality?.reason}
      />
      {/* Keyed on the applied values, so a change of URL (history, shared link) resets what is typed. */}
      <div className="zr-search-form__optional" key={`${filters.age ?? ''}|${filters.q ?? ''}`}>
        <Field id={FIELD_IDS.age} label={t('search.age.label')} error={ageError ?? fieldErrors.age?.reason}>
          {({ id, describedBy, invalid }) => (
            <Textbox
              id={id}
              name="age"
              inputMode="numeric"
              autoComplete="off"
              size={4}
              defaultValue={filters.age ?? ''}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <Field id={FIELD_IDS.q} label={t('search.text.label')} error={fieldErrors.q?.reason}>
          {({ id, describedBy, invalid }) => (
            <Textbox id={id} name="q" type="search" defaultValue={filters.q ?? ''} aria-describedby={describedBy} invalid={invalid} />
          )}
        </Field>
      </div>
      <Button type="submit" appearance="primary-action-button">
        {t('search.submit')}
      </Button>
    </form>
  );
}
