import { Button, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import regions from '../../search/data/regions.json';
import type { MonitoringFilters } from '../filters';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type Props = {
  filters: MonitoringFilters;
  regionCode: string | null | undefined;
  /** A municipality-bound user (back office) sees only its own municipality. */
  fixedMunicipality: string | null | undefined;
  onChange: (filters: MonitoringFilters) => void;
};

/** Period (months) and area; checked as typed, applied when sent, kept in the URL. */
export function MonitoringFiltersForm({ filters, regionCode, fixedMunicipality, onChange }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [municipality, setMunicipality] = useState(filters.municipality ?? '');
  const [sent, setSent] = useState(false);
  const municipalities = regions.regions
    .filter((region) => !regionCode || region.code === regionCode)
    .flatMap((region) => region.municipalities)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const monthError = (value: string) => (value && !MONTH.test(value) ? t('monitoring.filters.invalidMonth') : undefined);
  const fromError = monthError(from) ?? (from && to && MONTH.test(to) && from > to ? t('monitoring.filters.fromAfterTo') : undefined);
  const toError = monthError(to);
  const show = (error: string | undefined, value: string) => (sent || value.length >= 7 ? error : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    if (fromError || toError) return;
    onChange({ from: from || undefined, to: to || undefined, municipality: fixedMunicipality ?? (municipality || undefined) });
  }

  return (
    <form className="zr-filters" noValidate aria-label={t('monitoring.filters.label')} onSubmit={submit}>
      <Field id="monitoring-from" label={t('monitoring.filters.from')} description={t('monitoring.filters.monthHint')} error={show(fromError, from)}>
        {({ id, describedBy, invalid }) => (
          <Textbox id={id} type="month" placeholder="2026-01" value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
        )}
      </Field>
      <Field id="monitoring-to" label={t('monitoring.filters.to')} description={t('monitoring.filters.monthHint')} error={show(toError, to)}>
        {({ id, describedBy, invalid }) => (
          <Textbox id={id} type="month" placeholder="2026-12" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
        )}
      </Field>
      {!fixedMunicipality && (
        <Field id="monitoring-municipality" label={t('monitoring.filters.municipality')}>
          {({ id, describedBy }) => (
            <Select id={id} value={municipality} onChange={(e) => setMunicipality(e.target.value)} aria-describedby={describedBy}>
              <SelectOption value="">{t('monitoring.filters.allMunicipalities')}</SelectOption>
              {municipalities.map((m) => (
                <SelectOption key={m.code} value={m.code}>
                  {m.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Button type="submit" appearance="primary-action-button">
        {t('monitoring.filters.apply')}
      </Button>
    </form>
  );
}
