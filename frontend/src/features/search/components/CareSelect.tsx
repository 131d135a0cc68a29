import { Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../../client/availability';
import { Field } from '../../../components/ui/Field';
import type { SearchFilters } from '../filters';
import { FIELD_IDS } from './fieldIds';

type CareSelectProps = {
  productGroup: string | undefined;
  productCode: string | undefined;
  vocabularies: Vocabularies | undefined;
  onChange: (change: Pick<SearchFilters, 'productGroup' | 'productCode'>) => void;
  error?: string | undefined;
};

/** One choice of care: a whole product group or one product in it, explained in plain language. */
export function CareSelect({ productGroup, productCode, vocabularies, onChange, error }: CareSelectProps) {
  const { t } = useTranslation();
  const product = vocabularies?.products.find((p) => p.code === productCode);
  const group = vocabularies?.productGroups.find((g) => g.code === productGroup);
  const value = productCode ? `product:${productCode}` : productGroup ? `group:${productGroup}` : '';

  return (
    <div className="zr-care">
      <Field
        id={FIELD_IDS.productGroup}
        label={t('search.care.label')}
        description={product?.description ?? group?.description ?? t('search.care.hint')}
        error={error}
      >
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            aria-describedby={describedBy}
            invalid={invalid}
            busy={!vocabularies}
            value={value}
            onChange={(event) => {
              const [kind, code] = event.target.value.split(':');
              onChange({
                productGroup: kind === 'group' ? code : undefined,
                productCode: kind === 'product' ? code : undefined,
              });
            }}
          >
            <SelectOption value="">{t('search.care.all')}</SelectOption>
            {vocabularies?.productGroups.map((g) => (
              <optgroup key={g.code} label={g.label}>
                <SelectOption value={`group:${g.code}`}>{t('search.care.wholeGroup', { group: g.label })}</SelectOption>
                {vocabularies.products
                  .filter((p) => p.productGroup === g.code)
                  .map((p) => (
                    <SelectOption key={p.code} value={`product:${p.code}`}>
                      {p.name}
                    </SelectOption>
                  ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      {vocabularies && (
        <details className="zr-care__explainer">
          <summary>{t('search.care.explainer')}</summary>
          <dl>
            {vocabularies.productGroups.map((g) => (
              <div key={g.code}>
                <dt>{g.label}</dt>
                <dd>
                  <Paragraph>{g.description}</Paragraph>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
