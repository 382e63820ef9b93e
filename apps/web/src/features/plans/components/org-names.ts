import type { OrganisationRef } from '@phoihop/shared/plans';

/** Short names where the organisation has one: "HPN, ĐTN". */
export const orgNames = (orgs: OrganisationRef[]) =>
  orgs.map((o) => o.shortName ?? o.name).join(', ');
