// JSON and YAML plan files (`importFileSchema`): the CLI's and the demo seed's format.
import { importColumns, importFileSchema, type ImportProblem } from '@phoihop/shared/plan-import';
import { parse as parseYaml } from 'yaml';
import { fileProblem, type ImportSource } from './import-source.ts';

function parseText(text: string, format: 'json' | 'yaml'): unknown {
  // YAML's core schema keeps 2026-01-31 as text: dates are parsed by the row rules.
  return format === 'json' ? JSON.parse(text) : parseYaml(text);
}

export function readFile(data: Buffer, format: 'json' | 'yaml'): ImportSource {
  let parsed: unknown;
  try {
    parsed = parseText(data.toString('utf8').replace(/^\uFEFF/, ''), format);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : '';
    return { rows: [], problems: [fileProblem(`Tệp ${format.toUpperCase()} không đọc được: ${reason}`)] };
  }
  const result = importFileSchema.safeParse(parsed);
  if (!result.success) {
    const problems: ImportProblem[] = result.error.issues.map((issue) => {
      const [first, index, key] = issue.path;
      if (first === 'items' && typeof index === 'number') {
        const column = importColumns.find((c) => c.key === key)?.header ?? null;
        return { row: index + 1, column, message: issue.message };
      }
      return fileProblem(`${issue.path.join('.') || 'Tệp'}: ${issue.message}`);
    });
    return { rows: [], problems };
  }
  const file = result.data;
  return {
    title: file.title,
    ...(file.reviewPeriods ? { reviewPeriods: file.reviewPeriods } : {}),
    rows: file.items.map((cells, index) => ({ rowNumber: index + 1, cells })),
    problems: [],
  };
}
