// Real records of the demo ward for the id fields of sampled bodies: with random ids most
// services refuse the body ("organisation not in the unit") before the fields reach the database.
import type { DemoApp } from '../../helpers/demo-ward.ts';
import { injectAs } from '../../helpers/app.ts';
import type { IdsByField } from './sample.ts';

// Field name → [list to read, account that may read it].
const SOURCES: [RegExp, string, string][] = [
  [
    /organisation|drafting|body|signatory|signatories|partner|lead/i,
    '/api/organisations/',
    'quantri',
  ],
  [/team/i, '/api/mediation/teams', 'canbo-ubnd'],
  [/case/i, '/api/cases/', 'canbo-ubnd'],
  [/plan/i, '/api/plans/', 'lanhdao'],
  [/board/i, '/api/supervision-boards', 'canbo-mttq'],
  [/box/i, '/api/suggestion-boxes', 'canbo-mttq'],
  [/petition/i, '/api/voter-petitions', 'hdnd'],
  [/recommendation/i, '/api/recommendations', 'canbo-mttq'],
];

export async function idsByField(demo: DemoApp): Promise<IdsByField> {
  const found = new Map<RegExp, string>();
  for (const [pattern, url, username] of SOURCES) {
    const res = await injectAs(demo.t.app, await demo.as(username), { method: 'GET', url });
    const first =
      res.statusCode === 200 ? res.json<{ items?: { id: string }[] }>().items?.[0] : undefined;
    if (first) found.set(pattern, first.id);
  }
  return (field) => {
    if (field === 'unitId') return demo.ward.id;
    const pattern = [...found.keys()].find((p) => p.test(field));
    return pattern && found.get(pattern);
  };
}
