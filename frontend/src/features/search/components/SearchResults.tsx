import { Button, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SearchSort } from '../../../client/availability';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { RouterLink } from '../../../components/ui/RouterLink';
import type { useSearch } from '../api';
import type { SearchFilters } from '../filters';
import { FIELD_IDS } from './fieldIds';
import { ResultCard } from './ResultCard';

type SearchResultsProps = {
  search: ReturnType<typeof useSearch>;
  filters: SearchFilters;
  onChange: (change: Partial<SearchFilters>) => void;
};

const SORTS: SearchSort[] = ['wait', 'name', 'freshness'];

/** The result list with its loading, error and empty states; one status line announces each change. */
export function SearchResults({ search, filters, onChange }: SearchResultsProps) {
  const { t } = useTranslation();
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const total = search.data?.pages[0]?.total ?? 0;
  const status = search.isPending
    ? t('search.results.loading')
    : search.isError
      ? t('search.results.failed')
      : search.isPlaceholderData
        ? t('search.results.updating')
        : t('search.results.count', { count: total });

  return (
    <>
      <div className="zr-results-header">
        <Paragraph role="status">{status}</Paragraph>
        <div className="zr-sort">
          <FormLabel htmlFor="zoek-sortering">{t('search.sort.label')}</FormLabel>
          <Select
            id="zoek-sortering"
            value={filters.sort ?? 'wait'}
            onChange={(event) => {
              const sort = event.target.value as SearchSort;
              onChange({ sort: sort === 'wait' ? undefined : sort });
            }}
          >
            {SORTS.map((sort) => (
              <SelectOption key={sort} value={sort}>
                {t(`search.sort.${sort}`)}
              </SelectOption>
            ))}
          </Select>
        </div>
      </div>
      {search.isError && <ProblemAlert error={search.error} fieldIds={FIELD_IDS} headingLevel={3} onRetry={() => search.refetch()} />}
      {search.isSuccess && items.length === 0 && (
        <>
          <Paragraph>{t('search.results.empty')}</Paragraph>
          <Paragraph>
            <RouterLink to="/">{t('search.results.clear')}</RouterLink>
          </Paragraph>
        </>
      )}
      {items.length > 0 && (
        <>
          <Paragraph appearance="small">{t('search.results.measuredExplained')}</Paragraph>
          <ol className="zr-results">
            {items.map((item) => (
              <li key={item.entryId}>
                <ResultCard result={item} />
              </li>
            ))}
          </ol>
        </>
      )}
      {search.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          busy={search.isFetchingNextPage}
          disabled={search.isFetchingNextPage}
          onClick={() => search.fetchNextPage()}
        >
          {t('search.results.more')}
        </Button>
      )}
    </>
  );
}
