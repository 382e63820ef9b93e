import { z } from 'zod';
import {
  booleanQuerySchema,
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalNameSchema,
  pageQuerySchema,
  searchQuerySchema,
  versionSchema,
} from './common.ts';
import { organisationKindSchema } from './roles.ts';

export const organisationSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  kind: organisationKindSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const listOrganisationsQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  q: searchQuerySchema,
  kind: organisationKindSchema.optional(),
  active: booleanQuerySchema.optional(),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuerySchema>;

export const createOrganisationBodySchema = z.object({
  /** Defaults to the caller's unit; only a system admin names another. */
  unitId: idSchema.optional(),
  kind: organisationKindSchema,
  name: nameSchema(200),
  shortName: optionalNameSchema(50),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

export const updateOrganisationBodySchema = z
  .object({
    kind: organisationKindSchema,
    name: nameSchema(200),
    shortName: optionalNameSchema(50),
    sortOrder: z.number().int().min(0).max(10000),
    active: z.boolean(),
  })
  .partial();
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBodySchema>;
