import type { CaseAction } from '@phoihop/shared/case-clocks';
import { caseKinds, caseComplexities } from '@phoihop/shared/case-clocks';
import { caseFields, declineReasonCodes, type Case } from '@phoihop/shared/cases';

/** How a step's field is filled in; the step's own zod schema validates it. */
export type ActionField =
  | { name: string; type: 'date' | 'text' | 'textarea' | 'number' | 'boolean'; required?: boolean }
  | { name: string; type: 'select'; options: readonly string[]; prefix: string; required?: boolean }
  | {
      name: 'assignedOrganisationId' | 'handlerId' | 'duplicateOfId';
      type: 'organisation' | 'handler' | 'case';
      required?: boolean;
    };

const on: ActionField = { name: 'on', type: 'date' };
const note = (required = false): ActionField => ({ name: 'note', type: 'textarea', required });
const documentNumber = (required = false): ActionField => ({
  name: 'documentNumber',
  type: 'text',
  required,
});

/** The fields of each step, in the order the form shows them (caseActionBodySchema's variants). */
export const actionFields: Record<CaseAction, ActionField[]> = {
  classify: [
    { name: 'kind', type: 'select', options: caseKinds, prefix: 'cases.kinds', required: true },
    { name: 'field', type: 'select', options: caseFields, prefix: 'cases.fields' },
    { name: 'anonymous', type: 'boolean' },
    { name: 'severalLocations', type: 'boolean' },
    note(),
  ],
  accept: [
    on,
    documentNumber(),
    { name: 'assignedOrganisationId', type: 'organisation' },
    { name: 'handlerId', type: 'handler' },
    note(),
  ],
  decline: [
    on,
    {
      name: 'reasonCode',
      type: 'select',
      options: declineReasonCodes,
      prefix: 'cases.declineReasons',
      required: true,
    },
    { name: 'reason', type: 'textarea', required: true },
    documentNumber(),
  ],
  forward: [
    on,
    { name: 'forwardedTo', type: 'text', required: true },
    { name: 'letterNumber', type: 'text', required: true },
    { name: 'letterDate', type: 'date', required: true },
    note(),
  ],
  guide: [on, note(true)],
  file: [on, { name: 'reason', type: 'textarea', required: true }],
  'mark-duplicate': [{ name: 'duplicateOfId', type: 'case', required: true }, note()],
  assign: [
    { name: 'assignedOrganisationId', type: 'organisation' },
    { name: 'handlerId', type: 'handler' },
    note(),
  ],
  'set-complexity': [
    on,
    {
      name: 'complexity',
      type: 'select',
      options: caseComplexities,
      prefix: 'cases.complexities',
      required: true,
    },
    { name: 'remote', type: 'boolean' },
    documentNumber(),
    { name: 'documentDate', type: 'date' },
    note(true),
  ],
  extend: [
    on,
    { name: 'days', type: 'number', required: true },
    documentNumber(true),
    { name: 'documentDate', type: 'date', required: true },
    note(),
  ],
  pause: [on, note(true)],
  resume: [on, note()],
  'start-verification': [on, documentNumber(), note()],
  'hold-dialogue': [on, note(true)],
  decide: [on, documentNumber(true), { name: 'outcome', type: 'textarea', required: true }],
  publish: [on, note()],
  close: [on, note()],
  withdraw: [on, note(true)],
};

/** Steps that take a document file (the step's `attachmentId`). */
export const actionTakesFile = (action: CaseAction) =>
  actionFields[action].some((f) => f.name === 'on');

/** What the form starts from: today, and the case's current values where the step edits them. */
export function actionDefaults(
  action: CaseAction,
  c: Case,
  today: string,
): Record<string, unknown> {
  const values: Record<string, unknown> = { action };
  for (const field of actionFields[action]) {
    if (field.type === 'boolean') values[field.name] = false;
    else if (field.type === 'date') values[field.name] = field.name === 'on' ? today : '';
    else if (field.type === 'number' || field.type === 'select') values[field.name] = null;
    else if (field.type === 'organisation' || field.type === 'handler' || field.type === 'case')
      values[field.name] = null;
    else values[field.name] = '';
  }
  if (action === 'classify') {
    Object.assign(values, {
      kind: c.kind,
      field: c.field,
      anonymous: c.anonymous,
      severalLocations: c.severalLocations,
    });
  }
  if (action === 'accept' || action === 'assign') {
    Object.assign(values, {
      assignedOrganisationId: c.assignedOrganisation?.id ?? null,
      handlerId: c.handler?.id ?? null,
    });
  }
  if (action === 'set-complexity') {
    Object.assign(values, { complexity: c.complexity, remote: c.remote, documentDate: null });
  }
  return values;
}
