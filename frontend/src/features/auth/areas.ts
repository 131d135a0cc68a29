import type { Role } from './claims';

/** The signed-in work areas, who may open them, and where they live. */
export const AREAS = {
  providerPortal: { path: '/aanbieder', roles: ['provider', 'admin'] },
  allocations: { path: '/toewijzingen', roles: ['access_team', 'backoffice', 'provider', 'admin'] },
  admission: { path: '/toelating', roles: ['provider', 'region_assessor', 'region_contract_manager', 'admin'] },
  region: {
    path: '/regio',
    roles: ['region_assessor', 'region_contract_manager', 'region_analyst', 'admin'],
  },
  /** Not in the menu: the region's screens for one application, reached from the admission queue. */
  assessment: { path: '/toelating/aanvragen', roles: ['region_assessor', 'region_contract_manager', 'admin'] },
  monitoring: {
    path: '/monitoring',
    roles: ['region_analyst', 'region_contract_manager', 'backoffice', 'admin'],
  },
} as const satisfies Record<string, { path: string; roles: readonly Role[] }>;

export type Area = keyof typeof AREAS;

export function mayOpen(area: Area, role: Role | undefined): boolean {
  return role !== undefined && (AREAS[area].roles as readonly Role[]).includes(role);
}

/** The work areas a role sees in the main navigation, in menu order. */
export function areasFor(role: Role | undefined): Area[] {
  return (Object.keys(AREAS) as Area[]).filter((area) => area !== 'assessment' && mayOpen(area, role));
}

/** Who may change the region's admission rules (intake windows, closed product groups, enforcement). */
export const ADMISSION_RULE_EDITORS = ['region_assessor', 'region_contract_manager', 'admin'] as const satisfies readonly Role[];

export function mayManageAdmissionRules(role: Role | undefined): boolean {
  return role !== undefined && (ADMISSION_RULE_EDITORS as readonly Role[]).includes(role);
}

/**
 * Who may sign, extend and terminate the region's contracts: the contracting service asks the role
 * region_contract_manager for them (an admin may do anything). Assessors and analysts read the contracts.
 */
export const CONTRACT_MANAGERS = ['region_contract_manager', 'admin'] as const satisfies readonly Role[];

export function mayManageContracts(role: Role | undefined): boolean {
  return role !== undefined && (CONTRACT_MANAGERS as readonly Role[]).includes(role);
}
