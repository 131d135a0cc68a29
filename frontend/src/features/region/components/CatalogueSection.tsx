import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { SimpleTable } from '../../../components/ui/SimpleTable';
import { useCatalogue } from '../api';
import { ContractsSection } from './ContractsSection';

const euro = (language: string, amount: string) =>
  new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(Number(amount));

/** The region's products with today's tariff (public), and its contracts (a contract manager signs, extends and terminates them). */
export function CatalogueSection({ region }: { region: string }) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue(region);
    const date = (value: string | null | undefined) => (value ? t('common.date', { date: new Date(`${value}T12:00:00`) }) : '–');
  return (
    <>
      <section aria-labelledby="catalogue-heading">
        <Heading2 id="catalogue-heading">{t('region.catalogue.title')}</Heading2>
        <QueryState query={catalogue} loading={t('region.loading')} empty={t('region.catalogue.empty')} isEmpty={(rows) => rows.length === 0}>
          {(rows) => (
            <SimpleTable
              id="catalogue"
              caption={t('region.catalogue.caption', { region })}
              rows={rows}
              rowKey={(row) => row.product.code}
              columns={[
                { key: 'code', label: t('region.catalogue.code'), render: (row) => row.product.code },
                { key: 'name', label: t('region.catalogue.name'), render: (row) => row.product.name },
                { key: 'group', label: t('region.catalogue.group'), render: (row) => row.product.productGroup },
                { key: 'funding', label: t('region.catalogue.funding'), render: (row) => row.product.fundingForm },
                {
                  key: 'tariff',
                  label: t('region.catalogue.tariff'),
                  render: (row) =>
                    row.tariff ? t('region.catalogue.perUnit', { amount: euro(i18n.language, row.tariff.amount), unit: row.tariff.unit }) : '–',
                },
              ]}
            />
          )}
        </QueryState>
      </section>
      <ContractsSection region={region} date={date} />
    </>
  );
}
