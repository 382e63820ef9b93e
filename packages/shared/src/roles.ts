import { z } from 'zod';

export const roles = ['SYSTEM_ADMIN', 'UNIT_ADMIN', 'ORG_LEADER', 'ORG_OFFICER', 'VIEWER'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const unitKinds = ['PROVINCE', 'CITY', 'WARD', 'COMMUNE', 'SPECIAL_ZONE'] as const;
export const unitKindSchema = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const organisationKinds = [
  'PEOPLES_COMMITTEE',
  'FATHERLAND_FRONT',
  'PEOPLES_COUNCIL',
  'PARTY_COMMITTEE',
  'YOUTH_UNION',
  'WOMENS_UNION',
  'FARMERS_UNION',
  'VETERANS_ASSOCIATION',
  'TRADE_UNION',
  'RED_CROSS',
  'OTHER',
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;
