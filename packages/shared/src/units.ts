import { z } from 'zod';
import {
  booleanQuerySchema,
  dateTimeSchema,
  idSchema,
  nameSchema,
  pageQuerySchema,
  searchQuerySchema,
  versionSchema,
} from './common.ts';
import { unitKindSchema } from './roles.ts';
import { messageOf } from './validation-messages.ts';

export const unitSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: idSchema.nullable(),
  parentName: z.string().nullable(),
  active: z.boolean(),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Unit = z.infer<typeof unitSchema>;

export const listUnitsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  parentId: idSchema.optional(),
  kind: unitKindSchema.optional(),
  active: booleanQuerySchema.optional(),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuerySchema>;

const unitCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z_-]{1,20}$/, messageOf('unitCode'));

export const createUnitBodySchema = z.object({
  code: unitCodeSchema,
  name: nameSchema(200),
  kind: unitKindSchema,
  parentId: idSchema.nullable().optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;

export const updateUnitBodySchema = z
  .object({
    name: nameSchema(200),
    kind: unitKindSchema,
    parentId: idSchema.nullable(),
    active: z.boolean(),
  })
  .partial();
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;
