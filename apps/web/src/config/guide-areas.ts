/** The areas with a built-in guide, found from the page's path (longest prefix first). */
export const guideAreas = [
  'plans',
  'supervision',
  'criticism',
  'voterContact',
  'suggestions',
  'cases',
  'reception',
  'mediation',
  'reports',
  'admin',
] as const;
export type GuideArea = (typeof guideAreas)[number];

const prefixes: [string, GuideArea][] = [
  ['/plans', 'plans'],
  ['/supervision', 'supervision'],
  ['/criticism', 'criticism'],
  ['/voter-contact', 'voterContact'],
  ['/suggestions', 'suggestions'],
  ['/cases', 'cases'],
  ['/reception', 'reception'],
  ['/mediation', 'mediation'],
  ['/reports', 'reports'],
  ['/admin', 'admin'],
];

export function guideAreaOf(pathname: string): GuideArea | null {
  const match = prefixes.find(
    ([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  return match ? match[1] : null;
}
