import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { useCsvDownload, useFigure, type Aggregate } from '../api';
import type { MonitoringFilters } from '../filters';

export type Row = Record<string, unknown>;
/** A column of the table; `text` columns (months, years, codes) are shown as they come. */
export type Column = { key: string; label: string; text?: boolean };

type FigureSectionProps = {
  id: string;
  title: string;
  description: string;
  /** One or more figures; several are joined on `joinOn` (e.g. inflow and outflow per month). */
  aggregates: Aggregate[];
  joinOn?: string;
  filters: MonitoringFilters;
  columns: Column[];
  chart: (rows: Row[]) => ReactNode;
  /** Changes the rows before they are shown (e.g. codes to names). */
  transform?: (rows: Row[]) => Row[];
};

/** Shows a figure as it is written: a number in Dutch notation, "<5" as "<5", nothing as a dash. */
export function useCell() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (value: unknown, text = false): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (text) return String(value);
    if (typeof value === 'number') return format.format(value);
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return format.format(Number(value));
    return String(value);
  };
}

function join(figures: Row[][], key: string): Row[] {
  const joined = new Map<string, Row>();
  for (const rows of figures) {
    for (const row of rows) {
      const id = String(row[key]);
      joined.set(id, { ...joined.get(id), ...row });
    }
  }
  return [...joined.values()].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}

/** One dashboard figure: a chart, the same numbers as a table, and a CSV download per figure. */
export function FigureSection({ id, title, description, aggregates, joinOn, filters, columns, chart, transform }: FigureSectionProps) {
  const { t } = useTranslation();
  const cell = useCell();
  // The number of figures per section is fixed, so the hooks are called in the same order each time.
  const queries = aggregates.map((aggregate) => ({ aggregate, query: useFigure(aggregate, filters) }));
  const downloads = aggregates.map((aggregate) => ({ aggregate, download: useCsvDownload(aggregate, filters) }));
  const failed = queries.find(({ query }) => query.isError)?.query;
  const pending = queries.some(({ query }) => query.isPending);
  const figures = queries.map(({ query }) => (query.data?.rows ?? []) as Row[]);
  const joined = pending || failed ? [] : joinOn && figures.length > 1 ? join(figures, joinOn) : figures.flat();
  const rows = transform ? transform(joined) : joined;
  const headingId = `${id}-heading`;

  return (
    <section aria-labelledby={headingId} className="zr-card">
      <Heading2 id={headingId}>{title}</Heading2>
      <Paragraph>{description}</Paragraph>
      {pending && <LoadingState>{t('monitoring.loading')}</LoadingState>}
      {failed && <ProblemAlert error={failed.error} headingLevel={3} onRetry={() => queries.forEach(({ query }) => query.refetch())} />}
      {!pending && !failed && rows.length === 0 && <Paragraph>{t('monitoring.empty')}</Paragraph>}
      {rows.length > 0 && (
        <>
          <div className="zr-chart" aria-hidden="true">
            {chart(rows)}
          </div>
          <div className="zr-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <Table>
              <caption id={`${id}-caption`} className="zr-table-caption">
                {t('monitoring.tableCaption', { title })}
              </caption>
              <TableHeader>
                <TableRow>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.key} scope="col">
                      {column.label}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow key={index}>
                    {columns.map((column) => (
                      <TableCell key={column.key}>{cell(row[column.key], column.text)}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Paragraph appearance="small">{t('monitoring.suppressed')}</Paragraph>
        </>
      )}
      <ButtonGroup>
        {downloads.map(({ aggregate, download }) => (
          <Button key={aggregate} appearance="subtle-button" busy={download.isPending} onClick={() => download.mutate()}>
            {t('monitoring.csv', { name: t(`monitoring.aggregates.${aggregate}`) })}
          </Button>
        ))}
      </ButtonGroup>
      {downloads.map(({ aggregate, download }) =>
        download.isError ? <ProblemAlert key={aggregate} error={download.error} headingLevel={3} /> : null,
      )}
    </section>
  );
}
