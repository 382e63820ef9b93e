import type { Action } from '@phoihop/shared/policies';
import {
  IconBuildingCommunity,
  IconCalendarCog,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardList,
  IconEye,
  IconFileSettings,
  IconFileText,
  IconHistory,
  IconHome,
  IconListCheck,
  IconMailOpened,
  IconMailbox,
  IconMap2,
  IconMessage2,
  IconMicrophone,
  IconScale,
  IconSettings,
  IconShieldCheck,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { paths } from '../../../config/paths';
import { adminPermissions } from '../../../lib/auth';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: Icon;
  /** Shown when the user holds any of these (cosmetic; the server enforces). */
  anyOf?: Action[];
  children?: NavItem[];
}

export const navItems: NavItem[] = [
  { to: paths.home, labelKey: 'nav.home', icon: IconHome },
  {
    to: paths.plans,
    labelKey: 'nav.plans',
    icon: IconClipboardList,
    children: [
      { to: paths.myTasks, labelKey: 'nav.myTasks', icon: IconListCheck },
      { to: paths.regulations, labelKey: 'nav.regulations', icon: IconFileText },
    ],
  },
  {
    to: paths.supervision,
    labelKey: 'nav.supervision',
    icon: IconEye,
    children: [
      { to: paths.recommendations, labelKey: 'nav.recommendations', icon: IconChecklist },
      { to: paths.supervisionBoards, labelKey: 'nav.supervisionBoards', icon: IconShieldCheck },
      { to: paths.drafts, labelKey: 'nav.drafts', icon: IconMessage2 },
      { to: paths.voterMeetings, labelKey: 'nav.voterMeetings', icon: IconMicrophone },
      { to: paths.suggestionBoxes, labelKey: 'nav.suggestionBoxes', icon: IconMailbox },
    ],
  },
  {
    to: paths.cases,
    labelKey: 'nav.cases',
    icon: IconMailOpened,
    children: [
      {
        to: paths.reception,
        labelKey: 'nav.reception',
        icon: IconUsersGroup,
        anyOf: ['reception:read'],
      },
      {
        to: paths.mediation,
        labelKey: 'nav.mediation',
        icon: IconScale,
        anyOf: ['mediation:read'],
      },
      {
        to: paths.caseStatistics,
        labelKey: 'nav.caseStatistics',
        icon: IconChartPie,
        anyOf: ['case:statistics'],
      },
    ],
  },
  {
    to: paths.reports,
    labelKey: 'nav.reports',
    icon: IconChartBar,
    children: [
      // Here, not under "Quản trị": the Committee head who sets the reports administers nothing.
      {
        to: `${paths.adminSettings}?tab=report`,
        labelKey: 'nav.reportSettings',
        icon: IconFileSettings,
        anyOf: ['report:configure'],
      },
    ],
  },
  {
    to: paths.admin,
    labelKey: 'nav.admin',
    icon: IconSettings,
    anyOf: adminPermissions,
    children: [
      { to: paths.adminUnits, labelKey: 'nav.units', icon: IconMap2, anyOf: ['unit:manage'] },
      {
        to: paths.adminOrganisations,
        labelKey: 'nav.organisations',
        icon: IconBuildingCommunity,
        anyOf: ['organisation:manage', 'organisation:read'],
      },
      {
        to: paths.adminUsers,
        labelKey: 'nav.users',
        icon: IconUsers,
        anyOf: ['user:manage', 'user:read'],
      },
      { to: paths.adminAudit, labelKey: 'nav.audit', icon: IconHistory, anyOf: ['audit:read'] },
      {
        to: paths.adminSettings,
        labelKey: 'nav.settings',
        icon: IconCalendarCog,
        anyOf: ['calendar:manage', 'settings:manage'],
      },
    ],
  },
];

export function visibleNavItems(
  permissions: readonly Action[],
  items: NavItem[] = navItems,
): NavItem[] {
  return items
    .filter((item) => !item.anyOf || item.anyOf.some((a) => permissions.includes(a)))
    .map((item) =>
      item.children ? { ...item, children: visibleNavItems(permissions, item.children) } : item,
    );
}
