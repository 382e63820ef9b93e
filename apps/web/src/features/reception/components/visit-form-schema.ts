import { createReceptionVisitBodySchema, type ReceptionVisit } from '@phoihop/shared/reception';
import { z } from 'zod';

// An empty box means "not given"; the contract's patterns would refuse "".
const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
const { shape } = createReceptionVisitBodySchema;

export const visitFormSchema = createReceptionVisitBodySchema.extend({
  idNumber: z.preprocess(blankToNull, shape.idNumber),
  phone: z.preprocess(blankToNull, shape.phone),
});

/** A masked visit's identity is not ours to see, so its form neither shows nor sends it. */
export const maskedVisitFormSchema = visitFormSchema.omit({
  citizenName: true,
  address: true,
  idNumber: true,
  phone: true,
  representative: true,
});

export type VisitFormValues = z.input<typeof visitFormSchema>;
export type VisitFormOutput = z.output<typeof visitFormSchema>;

export const visitFields = Object.keys(shape);

export const visitValuesOf = (
  visit: ReceptionVisit | undefined,
  officerName: string,
): VisitFormValues =>
  visit
    ? {
        citizenName: visit.citizenName ?? '',
        address: visit.address ?? '',
        idNumber: visit.idNumber ?? '',
        phone: visit.phone ?? '',
        groupSize: visit.groupSize,
        representative: visit.representative ?? '',
        content: visit.content,
        kind: visit.kind,
        field: visit.field,
        documents: visit.documents ?? '',
        handling: visit.handling,
        result: visit.result ?? '',
        officerName: visit.officerName ?? '',
      }
    : {
        citizenName: '',
        address: '',
        idNumber: '',
        phone: '',
        groupSize: 1,
        representative: '',
        content: '',
        kind: null,
        field: null,
        documents: '',
        handling: null,
        result: '',
        officerName,
      };
