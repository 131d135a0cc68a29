import { describe, expect, it } from 'vitest';
import { areasFor, mayManageAdmissionRules, mayManageContracts, mayOpen } from './areas';

describe('role-based areas', () => {
  it('shows a visitor and a referrer only the public search', () => {
    expect(areasFor(undefined)).toEqual([]);
    expect(areasFor('referrer')).toEqual([]);
  });

  it('gives each role its own work areas', () => {
    expect(areasFor('provider')).toEqual(['providerPortal', 'allocations', 'admission']);
    expect(areasFor('access_team')).toEqual(['allocations']);
    expect(areasFor('region_analyst')).toEqual(['region', 'monitoring']);
    expect(areasFor('region_assessor')).toEqual(['admission', 'region']);
    expect(areasFor('admin')).toEqual(['providerPortal', 'allocations', 'admission', 'region', 'monitoring']);
  });

  it('refuses an area to a role outside it', () => {
    expect(mayOpen('monitoring', 'provider')).toBe(false);
    expect(mayOpen('admission', 'region_assessor')).toBe(true);
    // One application's assessment is opened from the queue, never from the menu.
    expect(mayOpen('assessment', 'region_assessor')).toBe(true);
    expect(mayOpen('assessment', 'provider')).toBe(false);
  });

  it('lets region staff, not the analyst, change the admission rules', () => {
    expect(mayManageAdmissionRules('region_contract_manager')).toBe(true);
    expect(mayManageAdmissionRules('region_assessor')).toBe(true);
    expect(mayManageAdmissionRules('admin')).toBe(true);
    expect(mayManageAdmissionRules('region_analyst')).toBe(false);
    expect(mayManageAdmissionRules(undefined)).toBe(false);
  });

  it('lets only the contract manager (and an admin) sign, extend and terminate contracts', () => {
    expect(mayManageContracts('region_contract_manager')).toBe(true);
    expect(mayManageContracts('admin')).toBe(true);
    expect(mayManageContracts('region_assessor')).toBe(false);
    expect(mayManageContracts('region_analyst')).toBe(false);
    expect(mayManageContracts(undefined)).toBe(false);
  });
});
