import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import clsx from 'clsx';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/CheckboxField';
import { Field } from '../../../components/ui/Field';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { newIdempotencyKey } from '../../../lib/api';
import { ProblemError } from '../../../lib/problem';
import { useVocabularies } from '../../search/api';
import regions from '../../search/data/regions.json';
import { useApply } from '../api';
import { EvidenceStep } from './EvidenceStep';

const STEPS = ['area', 'care', 'check', 'evidence'] as const;
type Step = (typeof STEPS)[number];

/** Applying for admission in four steps: area, care, check and send, then evidence per requirement. */
export function ApplyWizard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  const apply = useApply();
  const [step, setStep] = useState<Step>('area');
  const [region, setRegion] = useState('');
  const [municipalities, setMunicipalities] = useState<string[]>([]);
  const [products, setProducts] = useState<string[]>([]);
  const [tried, setTried] = useState<ReadonlySet<Step>>(new Set());
  const [applicationId, setApplicationId] = useState<string>();
  const key = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const regionData = regions.regions.find((r) => r.code === region);
  const errors = {
    region: region ? undefined : t('application.errors.region'),
    municipalities: municipalities.length ? undefined : t('application.errors.municipalities'),
    products: products.length ? undefined : t('application.errors.products'),
  };
  const server = apply.error instanceof ProblemError ? apply.error.fieldErrors : {};
  const index = STEPS.indexOf(step);

  const go = (next: Step) => {
    setStep(next);
    // Moves focus to the new step's heading, so a screen reader user hears where they are.
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const next = () => {
    setTried((current) => new Set(current).add(step));
    if (step === 'area' && (errors.region || errors.municipalities)) return;
    if (step === 'care' && errors.products) return;
    go(STEPS[index + 1]!);
  };
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const changed = () => {
    key.current = null;
    apply.reset();
  };

  function send() {
    key.current ??= newIdempotencyKey();
    apply.mutate(
      { body: { regionCode: region, municipalityCodes: municipalities, productCodes: products, productGroups: [] }, idempotencyKey: key.current },
      {
        onSuccess: (application) => {
          setApplicationId(application.id);
          go('evidence');
        },
      },
    );
  }

  return (
    <section aria-labelledby="apply-heading">
      <ol className="zr-steps" aria-label={t('application.steps.label')}>
        {STEPS.map((name, i) => (
          <li key={name} aria-current={name === step ? 'step' : undefined} className={clsx({ 'zr-steps__done': i < index })}>
            {t(`application.steps.${name}`)}
          </li>
        ))}
      </ol>
      <Heading2 id="apply-heading" ref={headingRef} tabIndex={-1}>
        {t('application.stepOf', { current: index + 1, total: STEPS.length, name: t(`application.steps.${step}`) })}
      </Heading2>

      {step === 'area' && (
        <>
          <Field id="apply-region" label={t('application.fields.region')} error={(tried.has('area') && errors.region) || server.regionCode?.reason}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={region}
                onChange={(e) => {
                  setRegion(e.target.value);
                  setMunicipalities([]);
                  changed();
                }}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <SelectOption value="">{t('allocations.choose')}</SelectOption>
                {regions.regions.map((r) => (
                  <SelectOption key={r.code} value={r.code}>
                    {r.name}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
          {regionData && (
            <Fieldset id="apply-municipalities" invalid={tried.has('area') && Boolean(errors.municipalities)}>
              <FieldsetLegend>{t('application.fields.municipalities')}</FieldsetLegend>
              {tried.has('area') && errors.municipalities && <Paragraph className="zr-error-text">{errors.municipalities}</Paragraph>}
              <div className="zr-checkbox-columns">
                {regionData.municipalities.map((m) => (
                  <CheckboxField
                    key={m.code}
                    id={`apply-municipality-${m.code}`}
                    label={m.name}
                    checked={municipalities.includes(m.code)}
                    onChange={(on) => {
                      setMunicipalities(toggle(municipalities, m.code, on));
                      changed();
                    }}
                  />
                ))}
              </div>
            </Fieldset>
          )}
        </>
      )}

      {step === 'care' && (
        <Fieldset id="apply-products" invalid={tried.has('care') && Boolean(errors.products)}>
          <FieldsetLegend>{t('application.fields.products')}</FieldsetLegend>
          {tried.has('care') && errors.products && <Paragraph className="zr-error-text">{errors.products}</Paragraph>}
          <div className="zr-checkbox-columns">
            {(vocabularies.data?.products ?? []).map((product) => (
              <CheckboxField
                key={product.code}
                id={`apply-product-${product.code}`}
                label={`${product.name} (${product.code})`}
                checked={products.includes(product.code)}
                onChange={(on) => {
                  setProducts(toggle(products, product.code, on));
                  changed();
                }}
              />
            ))}
          </div>
        </Fieldset>
      )}

      {step === 'check' && (
        <>
          <Paragraph>{t('application.check.region', { region: regionData?.name ?? region })}</Paragraph>
          <Paragraph>
            {t('application.check.municipalities', {
              list: municipalities.map((code) => regionData?.municipalities.find((m) => m.code === code)?.name ?? code).join(', '),
            })}
          </Paragraph>
          <Paragraph>{t('application.check.products', { list: products.join(', ') })}</Paragraph>
          {apply.isError && <ProblemAlert error={apply.error} headingLevel={3} />}
        </>
      )}

      {step === 'evidence' && applicationId && <EvidenceStep applicationId={applicationId} />}

      <ButtonGroup>
        {index > 0 && step !== 'evidence' && (
          <Button appearance="secondary-action-button" onClick={() => go(STEPS[index - 1]!)}>
            {t('application.previous')}
          </Button>
        )}
        {(step === 'area' || step === 'care') && (
          <Button appearance="primary-action-button" onClick={next}>
            {t('application.next')}
          </Button>
        )}
        {step === 'check' && (
          <Button appearance="primary-action-button" busy={apply.isPending} onClick={send}>
            {t('application.submit')}
          </Button>
        )}
        {step === 'evidence' && (
          <Button appearance="secondary-action-button" onClick={onDone}>
            {t('application.done')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
