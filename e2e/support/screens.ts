// The main screens of the workspace as the demo ward's people open them, for checks that walk
// every screen (accessibility, phone layout). A detail screen is reached from its list, by the
// first link to a record, so it follows whatever the seed holds.
import { expect, type Page } from '@playwright/test';

export interface Screen {
  /** What the test report calls it. */
  name: string;
  /** The demo account that opens it; none for the sign-in page. */
  account?: string;
  path: string;
  /** A link whose href matches leads from `path` to the record to check. */
  follow?: RegExp;
  /** After arriving, e.g. open a drawer or dialog. */
  then?: (page: Page) => Promise<void>;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A link to one record under `prefix` (ids are UUIDs). */
export const record = (prefix: string) => new RegExp(`^${prefix}/${uuid}$`);

export const mainScreens: Screen[] = [
  { name: 'đăng nhập', path: '/login' },
  { name: 'tổng quan (lãnh đạo UBND)', account: 'lanhdao', path: '/' },
  { name: 'tổng quan (cán bộ Hội LHPN)', account: 'canbo', path: '/' },
  { name: 'đơn thư', account: 'canbo-ubnd', path: '/cases' },
  { name: 'một đơn thư', account: 'canbo-ubnd', path: '/cases', follow: record('/cases') },
  { name: 'tiếp nhận đơn thư', account: 'canbo-ubnd', path: '/cases/new' },
  { name: 'thống kê đơn thư', account: 'lanhdao', path: '/cases/statistics' },
  { name: 'tiếp công dân', account: 'canbo-ubnd', path: '/reception' },
  { name: 'hòa giải', account: 'canbo-mttq', path: '/mediation' },
  { name: 'kế hoạch', account: 'lanhdao', path: '/plans' },
  { name: 'một kế hoạch', account: 'lanhdao', path: '/plans', follow: record('/plans') },
  {
    name: 'nhiệm vụ của kế hoạch',
    account: 'lanhdao',
    path: '/plans',
    follow: record('/plans'),
    then: openFirstTask,
  },
  { name: 'việc của tổ chức tôi', account: 'canbo', path: '/plans/my-tasks' },
  { name: 'giám sát', account: 'canbo-mttq', path: '/supervision' },
  {
    name: 'một cuộc giám sát',
    account: 'canbo-mttq',
    path: '/supervision',
    follow: record('/supervision'),
  },
  { name: 'kiến nghị giám sát', account: 'canbo-mttq', path: '/supervision/recommendations' },
  { name: 'phản biện xã hội', account: 'canbo-mttq', path: '/criticism' },
  { name: 'tiếp xúc cử tri', account: 'hdnd', path: '/voter-contact' },
  { name: 'kiến nghị cử tri', account: 'hdnd', path: '/voter-contact/petitions' },
  { name: 'hòm thư góp ý', account: 'canbo-mttq', path: '/suggestions' },
  { name: 'báo cáo', account: 'lanhdao', path: '/reports' },
  { name: 'người dùng', account: 'quantri', path: '/admin/users' },
  { name: 'tổ chức', account: 'quantri', path: '/admin/organisations' },
  { name: 'cài đặt', account: 'quantri', path: '/admin/settings' },
  { name: 'nhật ký thay đổi', account: 'quantri', path: '/admin/audit' },
  { name: 'bảo mật tài khoản', account: 'canbo', path: '/account/security' },
];

/** Goes to the screen (following its record link) and waits until its data has arrived. */
export async function openScreen(page: Page, screen: Screen): Promise<void> {
  await page.goto(screen.path);
  await settle(page);
  if (screen.follow) {
    const pattern = screen.follow;
    const href = await page
      .locator('main a[href]')
      .evaluateAll(
        (links, source) =>
          links.map((a) => a.getAttribute('href') ?? '').find((h) => new RegExp(source).test(h)),
        pattern.source,
      );
    expect(href, `${screen.name}: a link matching ${String(pattern)}`).toBeTruthy();
    await page.goto(href!);
    await settle(page);
  }
  if (screen.then) {
    await screen.then(page);
    await settle(page);
  }
}

/** The page's heading is drawn and no loader is left spinning. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0);
}

async function openFirstTask(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Nhiệm vụ', exact: true }).click();
  await settle(page);
  // The table on a wide screen, cards on a phone: the first task's title opens its drawer.
  await page
    .locator('[data-testid="tasks-table"], [data-testid="tasks-cards"]')
    .filter({ visible: true })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
}
