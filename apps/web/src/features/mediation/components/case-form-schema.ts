import { todayInVietnam } from '@phoihop/shared/dates';
import { createMediationCaseBodySchema, type MediationCase } from '@phoihop/shared/mediation';
import { z } from 'zod';

/** The contract's body, with a message for the team picker left empty. */
export const caseFormSchema = (teamRequired: string) =>
  createMediationCaseBodySchema.extend({
    teamId: z
      .string()
      .min(1, { message: teamRequired })
      .pipe(createMediationCaseBodySchema.shape.teamId),
  });

type Schema = ReturnType<typeof caseFormSchema>;
export type CaseFormValues = z.input<Schema>;
export type CaseFormOutput = z.output<Schema>;

export const caseFields = Object.keys(createMediationCaseBodySchema.shape);

const emptyParty = { name: '', address: '' };

export const caseValuesOf = (
  found: MediationCase | undefined,
  teamId: string | undefined,
): CaseFormValues =>
  found
    ? {
        teamId: found.team.id,
        title: found.title,
        parties: found.parties.map((p) => ({ name: p.name, address: p.address ?? '' })),
        field: found.field,
        receivedOn: found.receivedOn,
        mediatedOn: found.mediatedOn,
        outcome: found.outcome,
        agreement: found.agreement ?? '',
        referral: found.referral ?? '',
        followUp: found.followUp ?? '',
        caseId: found.case?.id ?? null,
        mediatorIds: found.mediators.map((m) => m.id),
      }
    : {
        teamId: teamId ?? '',
        title: '',
        parties: [emptyParty, emptyParty],
        field: 'OTHER',
        receivedOn: todayInVietnam(),
        mediatedOn: null,
        outcome: 'IN_PROGRESS',
        agreement: '',
        referral: '',
        followUp: '',
        caseId: null,
        mediatorIds: [],
      };

export { emptyParty };
