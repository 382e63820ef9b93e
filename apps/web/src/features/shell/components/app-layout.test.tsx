import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/dates';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';

const mainNav = async () => screen.findByRole('navigation', { name: 'Điều hướng chính' });

describe('authenticated shell', () => {
  it('hides "Quản trị" from a viewer', async () => {
    db.me = makeMe(['VIEWER']);
    renderApp('/');
    const nav = await mainNav();
    for (const area of [
      'Tổng quan',
      'Kế hoạch phối hợp',
      'Giám sát & phản biện',
      'Đơn thư & tiếp công dân',
      'Báo cáo',
    ]) {
      expect(within(nav).getByRole('link', { name: area })).toBeInTheDocument();
    }
    expect(within(nav).queryByText('Quản trị')).not.toBeInTheDocument();
  });

  it('shows "Quản trị" and its areas to a unit admin', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    renderApp('/');
    const nav = await mainNav();
    expect(within(nav).getByRole('link', { name: 'Quản trị' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Người dùng' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Tổ chức' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Nhật ký thay đổi' })).toBeInTheDocument();
    // Only a system admin manages administrative units.
    expect(within(nav).queryByRole('link', { name: 'Đơn vị hành chính' })).not.toBeInTheDocument();
  });

  it('greets the user on the overview with unit, organisation, translated roles and today', async () => {
    db.me = makeMe(['UNIT_ADMIN', 'ORG_LEADER']);
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Xin chào, Nguyễn Văn An' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(
      within(main).getByText(/^Phường Bến Nghé · Ủy ban MTTQ Việt Nam phường Bến Nghé/),
    ).toBeInTheDocument();
    expect(within(main).getByText('Quản trị đơn vị')).toBeInTheDocument();
    expect(within(main).getByText('Lãnh đạo tổ chức')).toBeInTheDocument();
    expect(screen.getByTestId('today')).toHaveTextContent(formatDate(new Date()));
  });

  it('switches to English and sets <html lang>', async () => {
    db.me = makeMe(['VIEWER']);
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Tài khoản' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the language saved on the account', async () => {
    db.me = makeMe(['VIEWER'], { locale: 'en' });
    renderApp('/');
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Hello, Nguyễn Văn An' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('phoihop.language')).toBe('en');
  });

  it('signs out from the user menu', async () => {
    db.me = makeMe(['VIEWER']);
    const { user, location } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Tài khoản' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đăng xuất' }));
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(location().pathname).toBe('/login');
  });
});
