import { createCaseBodySchema, petitionerInputSchema } from '@phoihop/shared/cases';
import { z } from 'zod';
import { i18n } from '../../lib/i18n';

/** An empty box means "not given", which the contract writes as null. */
const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema]);

export const petitionerFormSchema = petitionerInputSchema.extend({
  idNumber: blankAsNull(petitionerInputSchema.shape.idNumber),
  phone: blankAsNull(petitionerInputSchema.shape.phone),
});

export const emptyPetitioner = {
  fullName: '',
  address: '',
  idNumber: '',
  phone: '',
  representative: false,
};

const forwardedChannels = new Set(['FRONT_FORWARDED', 'ORGANISATION_FORWARDED']);

/**
 * The shared create-case body, with what a person filling in the form must also get right: a
 * signed letter names its sender, a forwarded one its organisation, a linked one its first case.
 */
export const caseFormSchema = createCaseBodySchema
  .extend({ petitioners: z.array(petitionerFormSchema).max(50) })
  .superRefine(
    (body, ctx) => {
      // Runs even when other fields failed, so every problem shows at once: read defensively.
      const petitioners = Array.isArray(body.petitioners) ? body.petitioners : [];
      if (!body.anonymous && petitioners.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['petitioners'],
          message: i18n.t('cases.form.needPetitioner'),
        });
      }
      if (forwardedChannels.has(body.channel) && !body.sourceOrganisationId) {
        ctx.addIssue({
          code: 'custom',
          path: ['sourceOrganisationId'],
          message: i18n.t('cases.form.needSourceOrganisation'),
        });
      }
      if (body.relation && !body.relatedCaseId) {
        ctx.addIssue({
          code: 'custom',
          path: ['relatedCaseId'],
          message: i18n.t('cases.form.needRelatedCase'),
        });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type CaseFormValues = z.input<typeof caseFormSchema>;
export type CaseFormOutput = z.output<typeof caseFormSchema>;
