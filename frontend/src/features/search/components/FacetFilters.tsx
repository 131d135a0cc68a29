import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormLabel,
  Heading2,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Facet, Schemas } from '../../../client/availability';
import type { SearchFilters } from '../filters';

type FacetFiltersProps = {
  facets: Schemas['Facets'];
  filters: SearchFilters;
  onChange: (change: Partial<SearchFilters>) => void;
};

/** Narrows the results by category, specialism and whether providers take new clients, with counts. */
export function FacetFilters({ facets, filters, onChange }: FacetFiltersProps) {
  const { t } = useTranslation();
  const accepting = facets.acceptingNow.find((facet) => facet.value === 'true');
  return (
    <section aria-labelledby="verfijnen-titel" className="zr-facets">
      <Heading2 id="verfijnen-titel">{t('search.facets.title')}</Heading2>
      <FormFieldCheckbox
        id="verfijn-aannemen"
        label={t('search.facets.acceptingNow', { count: accepting?.count ?? 0 })}
        checked={filters.acceptingNow === true}
        onChange={(event) => onChange({ acceptingNow: event.target.checked || undefined })}
      />
      <FacetGroup
        name="category"
        legend={t('search.facets.category')}
        facets={facets.category}
        value={filters.category}
        onChange={(category) => onChange({ category })}
      />
      <FacetGroup
        name="specialism"
        legend={t('search.facets.specialism')}
        facets={facets.specialism}
        value={filters.specialism}
        onChange={(specialism) => onChange({ specialism })}
      />
    </section>
  );
}

type FacetGroupProps = {
  name: string;
  legend: string;
  facets: Facet[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
};

function FacetGroup({ name, legend, facets, value, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  if (facets.length === 0) return null;
  const options = [{ value: '', label: t('search.facets.any') }, ...facets.map((facet) => ({
    value: facet.value,
    label: t('search.facets.option', { label: facet.label, count: facet.count }),
  }))];
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option) => {
        const id = `verfijn-${name}-${option.value || 'alle'}`;
        const checked = (value ?? '') === option.value;
        return (
          <FormField
            key={id}
            type="radio"
            input={
              <RadioButton
                id={id}
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value || undefined)}
              />
            }
            label={
              <FormLabel htmlFor={id} type="radio" checked={checked}>
                {option.label}
              </FormLabel>
            }
          />
        );
      })}
    </Fieldset>
  );
}
