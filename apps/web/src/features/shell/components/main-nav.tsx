import { NavLink, Stack } from '@mantine/core';
import type { Action } from '@phoihop/shared/policies';
import { useLocation, useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleNavItems, type NavItem } from './nav-items';

/** Whether `to` (a path, perhaps with a query such as `?tab=report`) is where the user is. */
const isActive = (pathname: string, to: string) => {
  const path = to.split('?')[0]!;
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
};

export function MainNav(props: { permissions: readonly Action[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const router = useRouter();
  const { pathname } = useLocation();

  const follow = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Let modified clicks open a new tab as a normal link would.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.history.push(to);
    props.onNavigate?.();
  };

  const link = (item: NavItem, nested = false) => {
    const Icon = item.icon;
    // An area is where the user is, unless one of its listed sub-areas is (then that one is).
    const active =
      isActive(pathname, item.to) &&
      !(item.children ?? []).some((child) => isActive(pathname, child.to));
    return (
      <NavLink
        key={item.to}
        href={item.to}
        label={t(item.labelKey)}
        leftSection={<Icon size={nested ? 18 : 20} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={follow(item.to)}
        pl={nested ? 'xl' : undefined}
      />
    );
  };

  // Sub-areas stay visible (no collapsing): fewer clicks and nothing hidden for new users.
  const render = (item: NavItem) =>
    item.children && item.children.length > 0 ? (
      <div key={item.to}>
        {link(item)}
        {item.children.map((child) => link(child, true))}
      </div>
    ) : (
      link(item)
    );

  return (
    <Stack component="nav" gap={2} aria-label={t('nav.main')}>
      {visibleNavItems(props.permissions).map(render)}
    </Stack>
  );
}
