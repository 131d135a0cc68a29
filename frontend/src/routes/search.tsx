import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../components/ui/ProblemAlert';
import { useSearch, useVocabularies } from '../features/search/api';
import { FacetFilters } from '../features/search/components/FacetFilters';
import { SearchForm } from '../features/search/components/SearchForm';
import { SearchResults } from '../features/search/components/SearchResults';
import { useSearchFilters } from '../features/search/useSearchFilters';
import { ProblemError } from '../lib/problem';
import { usePageTitle } from '../lib/usePageTitle';

/** Beschikbaarheidswijzer: the public landing page where referrers find care and its waiting time. */
export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('search.title'));
  const [filters, setFilters] = useSearchFilters();
  const vocabularies = useVocabularies();
  const search = useSearch(filters);
  const facets = search.data?.pages[0]?.facets;

  return (
    <>
      <Heading1>{t('search.title')}</Heading1>
      <Paragraph appearance="lead">{t('search.intro')}</Paragraph>
      {vocabularies.isError && <ProblemAlert error={vocabularies.error} onRetry={() => vocabularies.refetch()} />}
      <SearchForm
        filters={filters}
        onChange={setFilters}
        vocabularies={vocabularies.data}
        fieldErrors={search.error instanceof ProblemError ? search.error.fieldErrors : {}}
      />
      <div className="zr-search">
        {facets && <FacetFilters facets={facets} filters={filters} onChange={setFilters} />}
        <section aria-labelledby="resultaten-titel" className="zr-search__results">
          <Heading2 id="resultaten-titel">{t('search.results.title')}</Heading2>
          <SearchResults search={search} filters={filters} onChange={setFilters} />
        </section>
      </div>
    </>
  );
}
