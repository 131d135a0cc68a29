import { Button, Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../client/admission/schema';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { QueryState } from '../../../components/ui/QueryState';
import { SimpleTable } from '../../../components/ui/SimpleTable';
import { StepForm } from '../../../components/ui/StepForm';
import { today } from '../../../lib/validation';
import { ProblemError } from '../../../lib/problem';
import { mayManageAdmissionRules } from '../../auth/areas';
import { useAuth } from '../../auth/AuthProvider';
import {
  type AdmissionProvider,
  useAdmissionProviders,
  useClosedGroups,
  useDeleteIntakeWindow,
  useEnforcements,
  useIntakeWindows,
  useLiftEnforcement,
  useReopenProductGroup,
} from '../api';
import { municipalityName } from '../municipalities';
import { ClosedGroupForm } from './ClosedGroupForm';
import { EnforcementForm } from './EnforcementForm';
import { IntakeWindowForm } from './IntakeWindowForm';
import { ConfirmStep, RuleEditor, WithRules } from './RuleParts';
import { useConfirmedRemoval } from '../useConfirmedRemoval';

type Enforcement = components['schemas']['EnforcementPublic'];
type IntakeWindow = components['schemas']['IntakeWindowPublic'];
type ClosedGroup = components['schemas']['ClosedProductGroupPublic'];
type FormatDate = (value: string | null | undefined) => string;

/**
 * Intake windows, closed product groups and enforcement measures of the region. Region staff
 * (assessor, contract manager, admin) change them here; an analyst reads the lists.
 */
export function AdmissionRulesSection({ region }: { region: string }) {
  const { t } = useTranslation();
  const canEdit = mayManageAdmissionRules(useAuth().session?.claims.role);
  const date: FormatDate = (value) => (value ? t('common.date', { date: new Date(`${value}T12:00:00`) }) : '–');
  return (
    <section aria-labelledby="rules-heading">
      <Heading2 id="rules-heading">{t('region.rules.title')}</Heading2>
      <IntakeWindows region={region} canEdit={canEdit} date={date} />
      <ClosedGroups region={region} canEdit={canEdit} date={date} />
      <Enforcements region={region} canEdit={canEdit} date={date} />
    </section>
  );
}

type PartProps = { region: string; canEdit: boolean; date: FormatDate };

function IntakeWindows({ region, canEdit, date }: PartProps) {
  const { t } = useTranslation();
  const windows = useIntakeWindows(region);
  const remove = useDeleteIntakeWindow(region);
  const [open, setOpen] = useState(false);
  const label = (row: IntakeWindow) => row.name || t('region.windows.period', { opens: date(row.opensOn), closes: date(row.closesOn) });
  const deleteId = (row: IntakeWindow) => `window-delete-${row.id}`;
  const notOpenedYet = (row: IntakeWindow) => row.opensOn > today();
  const { confirming, done, setDone, toggleRef, ask, cancel, confirm } = useConfirmedRemoval<IntakeWindow>(
    remove,
    deleteId,
    (row) => t('region.windows.deleted', { name: label(row) }),
  );

  return (
    <>
      <Heading3 id="windows-heading">{t('region.windows.title')}</Heading3>
      {canEdit && (
        <RuleEditor
          label={t('region.windows.open')}
          open={open}
          done={done}
          toggleRef={toggleRef}
          onToggle={() => {
            setDone(undefined);
            setOpen(!open);
          }}
        >
          <WithRules region={region}>
            {({ productGroups }) => (
              <IntakeWindowForm
                region={region}
                productGroups={productGroups}
                onDone={(window) => {
                  setOpen(false);
                  setDone(t('region.windows.opened', { name: label(window) }));
                  toggleRef.current?.focus();
                }}
                onCancel={() => {
                  setOpen(false);
                  toggleRef.current?.focus();
                }}
              />
            )}
          </WithRules>
        </RuleEditor>
      )}
      <QueryState query={windows} loading={t('region.loading')} empty={t('region.windows.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <SimpleTable
            id="windows"
            caption={t('region.windows.title')}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'name', label: t('region.windows.name'), render: (row) => row.name || '–' },
              {
                key: 'kind',
                label: t('region.windows.kind'),
                render: (row) =>
                  row.kind === 'interim' && row.productGroup
                    ? t('region.windows.interimFor', { group: row.productGroup })
                    : t(`region.windows.kinds.${row.kind ?? 'regular'}`),
              },
              { key: 'opens', label: t('region.windows.opens'), render: (row) => date(row.opensOn) },
              { key: 'closes', label: t('region.windows.closes'), render: (row) => date(row.closesOn) },
              { key: 'open', label: t('region.windows.openNow'), render: (row) => (row.openNow ? t('common.yes') : t('common.no')) },
              ...(canEdit
                ? [
                    {
                      key: 'actions',
                      label: t('region.actions'),
                      render: (row: IntakeWindow) =>
                        notOpenedYet(row) ? (
                          <Button
                            id={deleteId(row)}
                            appearance="subtle-button"
                            aria-expanded={confirming?.id === row.id}
                            onClick={() => ask(row)}
                          >
                            {t('region.windows.delete')}
                            <span className="zr-visually-hidden">: {label(row)}</span>
                          </Button>
                        ) : (
                          '–'
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {confirming && (
        <ConfirmStep
          key={confirming.id}
          id="window-delete"
          question={t('region.windows.confirmDelete', { name: label(confirming) })}
          confirmLabel={t('region.windows.deleteSubmit')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => confirm(confirming)}
          onCancel={cancel}
        />
      )}
    </>
  );
}

function ClosedGroups({ region, canEdit, date }: PartProps) {
  const { t } = useTranslation();
  const closed = useClosedGroups(region);
  const reopen = useReopenProductGroup(region);
  const [open, setOpen] = useState(false);
  const what = (row: ClosedGroup) => t('region.closed.what', { group: row.productGroup, municipality: municipalityName(row.municipalityCode) });
  const reopenId = (row: ClosedGroup) => `closed-reopen-${row.id}`;
  const { confirming, done, setDone, toggleRef, ask, cancel, confirm } = useConfirmedRemoval<ClosedGroup>(
    reopen,
    reopenId,
    (row) => t('region.closed.reopened', { what: what(row) }),
  );

  return (
    <>
      <Heading3 id="closed-heading">{t('region.closed.title')}</Heading3>
      {canEdit && (
        <RuleEditor
          label={t('region.closed.close')}
          open={open}
          done={done}
          toggleRef={toggleRef}
          onToggle={() => {
            setDone(undefined);
            setOpen(!open);
          }}
        >
          <WithRules region={region}>
            {({ municipalities, productGroups }) => (
              <ClosedGroupForm
                region={region}
                municipalities={municipalities}
                productGroups={productGroups}
                onDone={(row) => {
                  setOpen(false);
                  setDone(t('region.closed.closed', { what: what(row) }));
                  toggleRef.current?.focus();
                }}
                onCancel={() => {
                  setOpen(false);
                  toggleRef.current?.focus();
                }}
              />
            )}
          </WithRules>
        </RuleEditor>
      )}
      <QueryState query={closed} loading={t('region.loading')} empty={t('region.closed.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <SimpleTable
            id="closed"
            caption={t('region.closed.title')}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'municipality', label: t('region.closed.municipality'), render: (row) => municipalityName(row.municipalityCode) },
              { key: 'group', label: t('region.closed.group'), render: (row) => row.productGroup },
              { key: 'closed', label: t('region.closed.closedOn'), render: (row) => date(row.closedOn) },
              { key: 'reason', label: t('region.closed.reason'), render: (row) => row.reason },
              ...(canEdit
                ? [
                    {
                      key: 'actions',
                      label: t('region.actions'),
                      render: (row: ClosedGroup) => (
                        <Button
                          id={reopenId(row)}
                          appearance="subtle-button"
                          aria-expanded={confirming?.id === row.id}
                          onClick={() => ask(row)}
                        >
                          {t('region.closed.reopen')}
                          <span className="zr-visually-hidden">: {what(row)}</span>
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {confirming && (
        <ConfirmStep
          key={confirming.id}
          id="closed-reopen"
          question={t('region.closed.confirmReopen', { what: what(confirming) })}
          confirmLabel={t('region.closed.reopenSubmit')}
          busy={reopen.isPending}
          error={reopen.error}
          onConfirm={() => confirm(confirming)}
          onCancel={cancel}
        />
      )}
    </>
  );
}

function Enforcements({ region, canEdit, date }: PartProps) {
  const { t } = useTranslation();
  const enforcements = useEnforcements(region);
  const providers = useAdmissionProviders(region);
  const providerName = (id: string) => providers.data?.find((provider) => provider.id === id)?.name;
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Heading3 id="enforcement-heading">{t('region.enforcement.title')}</Heading3>
      {canEdit && (
        <RuleEditor
          label={t('region.enforcement.impose')}
          open={open}
          done={done}
          toggleRef={toggleRef}
          onToggle={() => {
            setDone(undefined);
            setOpen(!open);
          }}
        >
          <WithRules region={region}>
            {({ municipalities }) => (
              <WithProviders region={region}>
                {(providers) => (
                  <EnforcementForm
                    region={region}
                    providers={providers}
                    municipalities={municipalities}
                    onDone={(enforcement, provider) => {
                      setOpen(false);
                      setDone(t('region.enforcement.imposed', { kind: t(`region.enforcement.kinds.${enforcement.kind}`), provider }));
                      toggleRef.current?.focus();
                    }}
                    onCancel={() => {
                      setOpen(false);
                      toggleRef.current?.focus();
                    }}
                  />
                )}
              </WithProviders>
            )}
          </WithRules>
        </RuleEditor>
      )}
      <QueryState query={enforcements} loading={t('region.loading')} empty={t('region.enforcement.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <div className="zr-stack">
            {rows.map((row) => (
              <EnforcementCard key={row.id} enforcement={row} provider={providerName(row.providerId)} date={date} canLift={canEdit} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}

function WithProviders({ region, children }: { region: string; children: (providers: AdmissionProvider[]) => ReactNode }) {
  const { t } = useTranslation();
  const providers = useAdmissionProviders(region);
  return (
    <QueryState
      query={providers}
      loading={t('region.loading')}
      empty={t('region.enforcement.noProviders')}
      isEmpty={(rows) => rows.length === 0}
      headingLevel={4}
    >
      {children}
    </QueryState>
  );
}

const LIFTABLE: Enforcement['kind'][] = ['improvement_offer', 'client_stop', 'suspension'];

type CardProps = { enforcement: Enforcement; provider: string | undefined; date: FormatDate; canLift: boolean };

function EnforcementCard({ enforcement, provider, date, canLift }: CardProps) {
  const { t, i18n } = useTranslation();
  const lift = useLiftEnforcement(enforcement.id);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const headingId = `enforcement-${enforcement.id}`;
  return (
    <article className="zr-card" aria-labelledby={headingId}>
      <Heading4 id={headingId}>
        {t(`region.enforcement.kinds.${enforcement.kind}`)} — {t(enforcement.active ? 'region.enforcement.active' : 'region.enforcement.lifted')}
      </Heading4>
      {provider && <Paragraph>{t('region.enforcement.provider', { name: provider })}</Paragraph>}
      <p>
        {t('region.enforcement.period', { start: date(enforcement.startsOn), end: date(enforcement.endsOn) })} {enforcement.reason}
      </p>
      {enforcement.amount && (
        <Paragraph>
          {t('region.enforcement.amount', {
            amount: new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(Number(enforcement.amount)),
          })}
        </Paragraph>
      )}
      {enforcement.kind === 'exit' && (
        <Paragraph>
          {enforcement.municipalityCodes.length
            ? t('region.enforcement.exitFrom', { list: enforcement.municipalityCodes.map(municipalityName).join(', ') })
            : t('region.enforcement.exitFromAll')}
        </Paragraph>
      )}
      {canLift && enforcement.active && LIFTABLE.includes(enforcement.kind) && (
        <Button appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('region.enforcement.lift')}
        </Button>
      )}
      {open && (
        <StepForm
          idPrefix={`${headingId}-lift`}
          label={t('region.enforcement.lift')}
          fields={[
            { kind: 'date', name: 'liftedOn', label: t('region.enforcement.liftedOn'), initial: today() },
            { kind: 'reason', name: 'reason', label: t('region.enforcement.liftReason'), max: 2000 },
          ]}
          submitLabel={t('region.enforcement.liftSubmit')}
          busy={lift.isPending}
          serverErrors={lift.error instanceof ProblemError ? lift.error.fieldErrors : {}}
          onSubmit={({ liftedOn, reason }) =>
            lift.mutate(
              { liftedOn: liftedOn!, reason: reason! },
              {
                onSuccess: () => {
                  setOpen(false);
                  setDone(t('region.enforcement.liftDone', { kind: t(`region.enforcement.kinds.${enforcement.kind}`), date: date(liftedOn!) }));
                },
              },
            )
          }
          onCancel={() => setOpen(false)}
        />
      )}
      {lift.isError && <ProblemAlert error={lift.error} headingLevel={5} />}
      <div role="status" className="zr-status">
        {done}
      </div>
    </article>
  );
}
