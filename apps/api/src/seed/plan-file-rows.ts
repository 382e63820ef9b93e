// Turns the rows of a plan file (packages/shared plan-import format) into item bodies for the
// plan services. The demo seed's files are ours, so any problem is a programming error: it
// throws with the row's code instead of collecting problems like the user-facing import does.
import { kindWords, recurrenceWords, type ImportFile, type RawImportRow } from '@phoihop/shared/plan-import';
import { createItemBodySchema, type CreateItemBody } from '@phoihop/shared/plans';
import { foldText } from '@phoihop/shared/text';

export interface OrganisationName {
  id: string;
  name: string;
  shortName: string | null;
}

export interface FileItem {
  code: string;
  /** Code of the parent row, null for a top-level area. */
  parentCode: string | null;
  body: CreateItemBody;
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

function toIsoDate(value: string | Date | null | undefined, code: string): string | null {
  if (!value) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (vi) return `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  throw new Error(`Dòng ${code}: ngày không hợp lệ "${value}"`);
}

function kindOf(row: RawImportRow, code: string): 'AREA' | 'TASK' {
  const word = foldText(row.kind ?? '');
  if ((kindWords.AREA as readonly string[]).includes(word)) return 'AREA';
  if ((kindWords.TASK as readonly string[]).includes(word)) return 'TASK';
  throw new Error(`Dòng ${code}: loại không hợp lệ "${row.kind ?? ''}"`);
}

function recurrenceOf(value: string | null | undefined, code: string): CreateItemBody['recurrence'] {
  const word = foldText(value ?? '');
  const found = Object.entries(recurrenceWords).find(([, words]) => (words as readonly string[]).includes(word));
  if (!found) throw new Error(`Dòng ${code}: định kỳ không hợp lệ "${value ?? ''}"`);
  return found[0] as CreateItemBody['recurrence'];
}

function numberOf(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? value : Number(value.replace(',', '.'));
}

/** Finds an organisation by full or short name, without regard to accents or case. */
export function organisationFinder(organisations: OrganisationName[]) {
  const byName = new Map<string, string>();
  for (const org of organisations) {
    byName.set(foldText(org.name), org.id);
    if (org.shortName) byName.set(foldText(org.shortName), org.id);
  }
  return (name: string, code: string): string => {
    const id = byName.get(foldText(name));
    if (!id) throw new Error(`Dòng ${code}: không tìm thấy tổ chức "${name}"`);
    return id;
  };
}

/** Rows in file order (parents before children), as create bodies. */
export function itemsOfFile(file: ImportFile, organisations: OrganisationName[]): FileItem[] {
  const findOrg = organisationFinder(organisations);
  const seen = new Set<string>();
  return file.items.map((row) => {
    const code = String(row.code ?? '').trim();
    const parentCode = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
    if (!code || seen.has(code)) throw new Error(`Mã dòng trống hoặc trùng: "${code}"`);
    if (parentCode && !seen.has(parentCode)) throw new Error(`Dòng ${code}: mục cha ${parentCode} phải đứng trước`);
    seen.add(code);
    const kind = kindOf(row, code);
    const partners = typeof row.partners === 'string' ? row.partners.split(';') : (row.partners ?? []);
    const targetValue = numberOf(row.targetValue);
    const weight = numberOf(row.weight);
    // Parsed like a request body, so text is normalised and limits hold as they would over HTTP.
    const body = createItemBodySchema.parse({
      kind,
      title: row.title?.trim() ?? '',
      description: text(row.description),
      startDate: toIsoDate(row.startDate, code),
      dueDate: toIsoDate(row.dueDate, code),
      recurrence: recurrenceOf(row.recurrence, code),
      expectedOutput: text(row.expectedOutput),
      targetValue,
      targetUnit: text(row.targetUnit),
      ...(weight !== null ? { weight } : {}),
      ...(kind === 'TASK'
        ? {
            leadOrganisationId: row.lead ? findOrg(row.lead, code) : null,
            partnerIds: partners.map((p) => p.trim()).filter(Boolean).map((p) => findOrg(p, code)),
          }
        : {}),
    });
    return { code, parentCode, body };
  });
}
