import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { SimpleTable } from '../../../components/ui/SimpleTable';
import { useAuth } from '../../auth/AuthProvider';
import { mayManageContracts } from '../../auth/areas';
import { type Contract, useContracts, useExtendContract, useSignContract } from '../api';
import { extendedEnd, isKind, isStatus, mayExtend, maySign, mayTerminate } from '../contractForms';
import { ConfirmStep } from './RuleParts';
import { TerminationForm } from './TerminationForm';

type Step = 'sign' | 'extend' | 'terminate';
type FormatDate = (value: string | null | undefined) => string;

/**
 * The region's contracts. A contract manager (or an admin) signs a draft, extends a contract with an
 * end date while it has extension options left, and terminates an active one; every step is
 * confirmed first. Anyone else reads the table.
 */
export function ContractsSection({ region, date }: { region: string; date: FormatDate }) {
  const { t } = useTranslation();
  const canManage = mayManageContracts(useAuth().session?.claims.role);
  const contracts = useContracts(region);
  const sign = useSignContract(region);
  const extend = useExtendContract(region);
  const [step, setStep] = useState<{ step: Step; contract: Contract } | null>(null);
  const [done, setDone] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const kind = (row: Contract) => (isKind(row.kind) ? t(`region.contracts.kinds.${row.kind}`) : row.kind);
  const status = (row: Contract) => (isStatus(row.status) ? t(`region.contracts.statuses.${row.status}`) : row.status);
  const buttonId = (name: Step, row: Contract) => `contract-${name}-${row.id}`;

  const open = (name: Step, row: Contract) => {
    sign.reset();
    extend.reset();
    setDone(undefined);
    setStep({ step: name, contract: row });
  };
  /** Closes the step; focus goes back to the button that opened it. */
  const cancel = () => {
    const current = step;
    setStep(null);
    if (current) document.getElementById(buttonId(current.step, current.contract))?.focus();
  };
  /** The step is done: the status line says so, and focus goes to the section's heading (the button may be gone). */
  const finish = (message: string) => {
    setStep(null);
    setDone(message);
    headingRef.current?.focus();
  };

  const action = (name: Step, row: Contract) => (
    <Button
      id={buttonId(name, row)}
      appearance="subtle-button"
      aria-expanded={step?.step === name && step.contract.id === row.id}
      onClick={() => open(name, row)}
    >
      {t(`region.contracts.${name}`)}
      <span className="zr-visually-hidden">: {t('region.contracts.what', { provider: row.providerName, kind: kind(row) })}</span>
    </Button>
  );
  const actions = (row: Contract) =>
    maySign(row) || mayExtend(row) || mayTerminate(row) ? (
      <ButtonGroup>
        {maySign(row) && action('sign', row)}
        {mayExtend(row) && action('extend', row)}
        {mayTerminate(row) && action('terminate', row)}
      </ButtonGroup>
    ) : (
      '–'
    );

  return (
    <section aria-labelledby="contracts-heading">
      <Heading2 id="contracts-heading" ref={headingRef} tabIndex={-1}>
        {t('region.contracts.title')}
      </Heading2>
      {canManage && (
        <div role="status" className="zr-status">
          {done}
        </div>
      )}
      <QueryState query={contracts} loading={t('region.loading')} empty={t('region.contracts.empty')} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <SimpleTable
            id="contracts"
            caption={t('region.contracts.caption', { region })}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { key: 'provider', label: t('region.contracts.provider'), render: (row) => row.providerName },
              { key: 'kind', label: t('region.contracts.kind'), render: kind },
              { key: 'status', label: t('region.contracts.status'), render: status },
              { key: 'starts', label: t('region.contracts.starts'), render: (row) => date(row.startsOn) },
              { key: 'ends', label: t('region.contracts.ends'), render: (row) => date(row.endsOn) },
              {
                key: 'extensions',
                label: t('region.contracts.extensions'),
                render: (row) =>
                  row.extensionOptions > 0
                    ? t('region.contracts.extensionsUsed', { used: row.extensionsUsed, options: row.extensionOptions })
                    : '–',
              },
              ...(canManage ? [{ key: 'actions', label: t('region.actions'), render: actions }] : []),
            ]}
          />
        )}
      </QueryState>
      {step?.step === 'sign' && (
        <ConfirmStep
          key={step.contract.id}
          id="contract-sign"
          question={t('region.contracts.confirmSign', {
            provider: step.contract.providerName,
            kind: kind(step.contract),
            starts: date(step.contract.startsOn),
          })}
          confirmLabel={t('region.contracts.signSubmit')}
          danger={false}
          busy={sign.isPending}
          error={sign.error}
          onConfirm={() => {
            if (sign.isPending) return;
            const { contract } = step;
            sign.mutate(contract.id, { onSuccess: () => finish(t('region.contracts.signed', { provider: contract.providerName })) });
          }}
          onCancel={cancel}
        />
      )}
      {step?.step === 'extend' && step.contract.endsOn && (
        <ConfirmStep
          key={step.contract.id}
          id="contract-extend"
          question={t('region.contracts.confirmExtend', {
            provider: step.contract.providerName,
            kind: kind(step.contract),
            ends: date(step.contract.endsOn),
            newEnds: date(extendedEnd(step.contract.endsOn)),
            number: step.contract.extensionsUsed + 1,
            options: step.contract.extensionOptions,
          })}
          confirmLabel={t('region.contracts.extendSubmit')}
          danger={false}
          busy={extend.isPending}
          error={extend.error}
          onConfirm={() => {
            if (extend.isPending) return;
            const { contract } = step;
            extend.mutate(contract.id, {
              onSuccess: (extended) => finish(t('region.contracts.extended', { provider: contract.providerName, ends: date(extended.endsOn) })),
            });
          }}
          onCancel={cancel}
        />
      )}
      {step?.step === 'terminate' && (
        <TerminationForm
          key={step.contract.id}
          region={region}
          contract={step.contract}
          kind={kind(step.contract)}
          date={date}
          onDone={(terminated) =>
            finish(t('region.contracts.terminated', { provider: terminated.providerName, date: date(terminated.terminatedOn) }))
          }
          onCancel={cancel}
        />
      )}
    </section>
  );
}
