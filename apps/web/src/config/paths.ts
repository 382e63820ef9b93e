/** Every in-app path in one place, so links and redirects never drift apart. */
export const paths = {
  login: '/login',
  home: '/',
  changePassword: '/change-password',
  accountSecurity: '/account/security',
  plans: '/plans',
  plan: '/plans/$planId',
  plansImport: '/plans/import',
  myTasks: '/plans/my-tasks',
  regulations: '/plans/regulations',
  supervision: '/supervision',
  supervisionDetail: '/supervision/$supervisionId',
  supervisionBoards: '/supervision/boards',
  supervisionBoard: '/supervision/boards/$boardId',
  recommendations: '/supervision/recommendations',
  drafts: '/criticism',
  draft: '/criticism/$draftId',
  voterMeetings: '/voter-contact',
  voterMeeting: '/voter-contact/$meetingId',
  voterPetitions: '/voter-contact/petitions',
  suggestionBoxes: '/suggestions',
  suggestionOpening: '/suggestions/openings/$openingId',
  cases: '/cases',
  caseNew: '/cases/new',
  case: '/cases/$caseId',
  caseStatistics: '/cases/statistics',
  reception: '/reception',
  receptionSession: '/reception/$sessionId',
  mediation: '/mediation',
  mediationTeam: '/mediation/teams/$teamId',
  reports: '/reports',
  annualReport: '/reports/annual/$year',
  admin: '/admin',
  adminUnits: '/admin/units',
  adminOrganisations: '/admin/organisations',
  adminUsers: '/admin/users',
  adminAudit: '/admin/audit',
  adminSettings: '/admin/settings',
} as const;

/** Only same-site relative paths are accepted as a post-login target (no open redirect). */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) {
    return paths.home;
  }
  if (target.startsWith(paths.login)) return paths.home;
  return target;
}
