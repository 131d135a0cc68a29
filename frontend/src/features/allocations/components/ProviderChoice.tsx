import { Button, Fieldset, FieldsetLegend, Paragraph, RadioButton, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../client/availability';
import { Field } from '../../../components/ui/Field';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { useProviderSearch } from '../api';

type ProviderChoiceProps = {
  id: string;
  municipality: string | undefined;
  value: { providerId: string; productCode: string };
  error: string | undefined;
  onChange: (choice: { providerId: string; productCode: string; label: string }) => void;
};

const valueOf = (result: SearchResult) => `${result.providerId}|${result.productCode}`;

/** Finds the provider in the beschikbaarheidswijzer (by name) and picks one of its contracted products. */
export function ProviderChoice({ id, municipality, value, error, onChange }: ProviderChoiceProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useProviderSearch(query, municipality);
  const chosen = `${value.providerId}|${value.productCode}`;
  const errorId = error ? `${id}-error` : undefined;

  const run = () => setQuery(text.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };
  // One result per provider and product: the same product at several locations is one choice.
  const results = (search.data?.items ?? []).filter(
    (result, index, all) => all.findIndex((other) => valueOf(other) === valueOf(result)) === index,
  );

  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={errorId}>
      <FieldsetLegend>{t('allocationForm.provider.legend')}</FieldsetLegend>
      <div className="zr-inline-search">
        <Field id={id} label={t('allocationForm.provider.search')} description={t('allocationForm.provider.hint')}>
          {({ id: inputId, describedBy }) => (
            <Textbox
              id={inputId}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Button type="button" appearance="secondary-action-button" onClick={run}>
          {t('allocationForm.provider.find')}
        </Button>
      </div>
      {error && (
        <Paragraph id={errorId} className="zr-error-text">
          {error}
        </Paragraph>
      )}
      {search.isFetching && <LoadingState>{t('allocationForm.provider.loading')}</LoadingState>}
      {search.isError && <ProblemAlert error={search.error} headingLevel={3} onRetry={() => search.refetch()} />}
      {search.isSuccess && !search.isFetching && (
        <div role="group" aria-label={t('allocationForm.provider.results', { count: results.length })}>
          <Paragraph role="status">{t('allocationForm.provider.results', { count: results.length })}</Paragraph>
          {results.map((result) => {
            const optionId = `${id}-${valueOf(result).replace(/\W/g, '-')}`;
            const label = t('allocationForm.provider.option', {
              provider: result.providerName,
              product: result.productName,
              code: result.productCode,
            });
            return (
              <FormField
                key={valueOf(result)}
                type="radio"
                input={
                  <RadioButton
                    id={optionId}
                    name={`${id}-choice`}
                    value={valueOf(result)}
                    checked={chosen === valueOf(result)}
                    onChange={() => onChange({ providerId: result.providerId, productCode: result.productCode, label })}
                  />
                }
                label={
                  <FormLabel htmlFor={optionId} type="radio">
                    {label}
                    <span className="zr-muted">
                      {' — '}
                      {result.acceptingNewClients
                        ? t('allocationForm.provider.accepting')
                        : t('allocationForm.provider.notAccepting')}
                      {result.intakeWaitWeeks !== null &&
                        `, ${t('allocationForm.provider.wait', { count: result.intakeWaitWeeks })}`}
                    </span>
                  </FormLabel>
                }
              />
            );
          })}
        </div>
      )}
    </Fieldset>
  );
}
