import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../features/auth/AuthProvider';
import { RequireRole } from '../features/auth/components/RequireRole';
import { BarFigure, LineFigure } from '../features/monitoring/components/Charts';
import { FigureSection, type Row } from '../features/monitoring/components/FigureSection';
import { MonitoringFiltersForm } from '../features/monitoring/components/MonitoringFiltersForm';
import { chartValue, readMonitoringFilters, writeMonitoringFilters } from '../features/monitoring/filters';
import { MUNICIPALITIES } from '../features/search/data/municipalities';
import { usePageTitle } from '../lib/usePageTitle';

export function Component() {
  return (
    <RequireRole area="monitoring">
      <Monitoring />
    </RequireRole>
  );
}

const TEXT_COLUMNS = new Set(['month', 'year', 'municipality', 'fundingForm', 'status']);
const MUNICIPALITY_NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
const withNames = (rows: Row[]) =>
  rows.map((row) => ({ ...row, municipality: MUNICIPALITY_NAMES.get(String(row.municipality)) ?? row.municipality }));

/** Spend per month, one column per funding form. */
function pivotSpend(rows: Row[]): { rows: Row[]; forms: string[] } {
  const forms = [...new Set(rows.map((row) => String(row.fundingForm ?? '')))];
  const byMonth = new Map<string, Row>();
  for (const row of rows) {
    const month = String(row.month);
    byMonth.set(month, { ...byMonth.get(month), month, [String(row.fundingForm ?? '')]: row.spend });
  }
  return { rows: [...byMonth.values()], forms };
}

function Monitoring() {
  const { t } = useTranslation();
  const claims = useAuth().session!.claims;
  const [params, setParams] = useSearchParams();
  const filters = readMonitoringFilters(params);
  usePageTitle(t('areas.monitoring.title'));
  const column = (key: string) => ({
    key,
    label: t(`monitoring.columns.${key}` as 'monitoring.columns.month'),
    text: TEXT_COLUMNS.has(key),
  });
  const fixedMunicipality = claims.role === 'backoffice' ? claims.municipalityCode : undefined;

  return (
    <>
      <Heading1>{t('areas.monitoring.title')}</Heading1>
      <Paragraph appearance="lead">{t('monitoring.intro')}</Paragraph>
      <MonitoringFiltersForm
        key={params.toString()}
        filters={filters}
        regionCode={claims.regionCode}
        fixedMunicipality={fixedMunicipality}
        onChange={(next) => setParams(writeMonitoringFilters(next))}
      />
      <div className="zr-stack">
        <FigureSection
          id="flows"
          title={t('monitoring.flows.title')}
          description={t('monitoring.flows.description')}
          aggregates={['inflow', 'outflow']}
          joinOn="month"
          filters={filters}
          columns={['month', 'inflow', 'outflow', 'endedAsPlanned', 'endedNotAsPlanned'].map(column)}
          chart={(rows) => (
            <LineFigure rows={rows} x="month" series={[column('inflow'), column('outflow')]} />
          )}
        />
        <FigureSection
          id="waits"
          title={t('monitoring.waits.title')}
          description={t('monitoring.waits.description')}
          aggregates={['waits']}
          joinOn="month"
          filters={filters}
          columns={['month', 'n', 'medianDays', 'p90Days', 'reportedMeanWeeks'].map(column)}
          chart={(rows) => (
            <LineFigure
              rows={rows.map((row) => {
                const weeks = chartValue(row.reportedMeanWeeks);
                return { ...row, reportedDays: weeks === null ? null : Math.round(weeks * 7) };
              })}
              x="month"
              series={[column('medianDays'), column('reportedDays')]}
            />
          )}
        />
        <FigureSection
          id="spend"
          title={t('monitoring.spend.title')}
          description={t('monitoring.spend.description')}
          aggregates={['spend']}
          filters={filters}
          columns={['month', 'fundingForm', 'spend', 'allocations'].map(column)}
          chart={(rows) => {
            const pivot = pivotSpend(rows);
            return <BarFigure rows={pivot.rows} x="month" series={pivot.forms.map((form) => ({ key: form, label: form }))} />;
          }}
        />
        <FigureSection
          id="budget"
          title={t('monitoring.budget.title')}
          description={t('monitoring.budget.description')}
          aggregates={['budget']}
          filters={filters}
          columns={['municipality', 'year', 'committed', 'budget', 'share', 'status'].map(column)}
          transform={withNames}
          chart={(rows) => <BarFigure rows={rows} x="municipality" series={[column('committed'), column('budget')]} />}
        />
      </div>
    </>
  );
}
