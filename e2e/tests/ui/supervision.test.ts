import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

/** Lower-case letters only, so each run finds its own records among the demo ward's. */
const suffix = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await signInAsDemo(page, username);
  return page;
}

async function choose(page: Page, form: Locator, label: string, option: string) {
  await form.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a date field, dd/MM/yyyy, the `day` of the month `monthsBack` months before today's. */
async function typeDate(field: Locator, monthsBack: number, day: number) {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - monthsBack, day);
  const pad = (n: number) => String(n).padStart(2, '0');
  await field.fill(`${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`);
  await field.press('Tab');
}

test.describe('giám sát', () => {
  test.use({ storageState: signedOut });

  test('[SUPERVISION]: MTTQ thành lập đoàn giám sát theo quyết định, ghi báo cáo và 2 kiến nghị; UBND trả lời một; kiến nghị còn lại quá hạn trên trang chủ lãnh đạo UBND và MTTQ', async ({
    browser,
  }) => {
    // Four people and four long forms: well over the default minute on a small machine.
    test.setTimeout(180_000);
    const s = suffix();
    const title = `Giám sát việc giải quyết thủ tục hành chính ${s}`;
    const first = `Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa ${s}`;
    const second = `Bố trí kho lưu trữ hồ sơ địa chính ${s}`;
    const answer = `UBND phường tiếp thu, đã niêm yết lại thủ tục ${s}`;

    // A Front officer sets the team up from its decision.
    const front = await signedInPage(browser, 'canbo-mttq');
    await front.goto('/supervision');
    await front.getByRole('button', { name: 'Thành lập đoàn giám sát' }).click();
    const form = front.getByRole('dialog', { name: 'Thành lập đoàn giám sát' });
    await form.getByLabel('Số quyết định').fill(`25/QĐ-MTTQ-${s}`);
    await typeDate(form.getByRole('textbox', { name: 'Ngày quyết định' }), 4, 2);
    await form.getByLabel('Người ký').fill('Trần Thị Hương');
    await form.locator('input[type="file"]').setInputFiles({
      name: `quyet-dinh-${s}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% quyết định thành lập đoàn giám sát\n'),
    });
    await expect(form.getByTestId('attached-file')).toContainText(`quyet-dinh-${s}.pdf`);
    await form.getByLabel('Tên cuộc giám sát (chủ đề)').fill(title);
    const bodies = form.getByRole('combobox', { name: 'Đối tượng chịu giám sát' });
    await bodies.fill('Ủy ban nhân dân phường Hoành Sơn');
    await bodies.press('Enter');
    await typeDate(form.getByRole('textbox', { name: /^Từ ngày/ }), 4, 3);
    await typeDate(form.getByRole('textbox', { name: /^Đến ngày/ }), 4, 20);
    const members = [
      ['Trần Thị Hương', 'Trưởng đoàn', 'UBMTTQ phường'],
      ['Nguyễn Thị Lan', 'Thành viên', 'Hội LHPN phường'],
      ['Lê Văn Hùng', 'Thư ký', 'Đoàn phường'],
    ] as const;
    for (const [i, [name, role, org]] of members.entries()) {
      await form.getByRole('button', { name: 'Thêm thành viên' }).click();
      await form.getByRole('textbox', { name: `Họ và tên thành viên ${i + 1}` }).fill(name);
      await choose(front, form, `Vai trò thành viên ${i + 1}`, role);
      await choose(front, form, `Cơ quan, tổ chức của thành viên ${i + 1}`, org);
    }
    await form.getByRole('button', { name: 'Lưu' }).click();

    await expect(front).toHaveURL(/\/supervision\/[0-9a-f-]{36}$/);
    const supervisionUrl = new URL(front.url()).pathname;
    const header = front.getByTestId('supervision-header');
    await expect(header).toContainText(title);
    await expect(header).toContainText(`Quyết định số 25/QĐ-MTTQ-${s}`);
    await expect(header.getByRole('button', { name: `quyet-dinh-${s}.pdf` })).toBeVisible();
    const memberRows = front.getByTestId('members-table').getByTestId('member');
    await expect(memberRows).toHaveCount(3);
    for (const [i, [name, role, org]] of members.entries()) {
      await expect(memberRows.nth(i)).toContainText(name);
      await expect(memberRows.nth(i)).toContainText(role);
      await expect(memberRows.nth(i)).toContainText(org);
    }

    // Started, reported three months ago, two recommendations to the People's Committee.
    await front.getByRole('button', { name: 'Bắt đầu giám sát' }).click();
    await front.getByRole('button', { name: 'Ghi báo cáo kết quả' }).click();
    const report = front.getByRole('dialog', { name: 'Ghi báo cáo kết quả' });
    await typeDate(report.getByRole('textbox', { name: /^Ngày báo cáo/ }), 3, 5);
    await report
      .getByLabel('Nội dung báo cáo')
      .fill('Đoàn đã làm việc với UBND phường và bộ phận một cửa; kiểm tra 120 hồ sơ.');
    await report
      .getByLabel('Phát hiện, tồn tại qua giám sát')
      .fill('Thủ tục niêm yết chưa đầy đủ.');
    await report.getByRole('button', { name: 'Lưu' }).click();
    await expect(report).toBeHidden();
    await expect(header).toContainText('Đã báo cáo');
    await expect(front.getByTestId('supervision-report')).toContainText('kiểm tra 120 hồ sơ');

    await front.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    let add = front.getByRole('dialog', { name: 'Thêm kiến nghị' });
    await add.getByLabel('Nội dung kiến nghị').fill(first);
    await expect(add.getByRole('combobox', { name: 'Cơ quan, tổ chức nhận' })).toHaveValue(
      'Ủy ban nhân dân phường Hoành Sơn',
    );
    await add.getByRole('button', { name: 'Lưu' }).click();
    await expect(add).toBeHidden();

    await front.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    add = front.getByRole('dialog', { name: 'Thêm kiến nghị' });
    await add.getByLabel('Nội dung kiến nghị').fill(second);
    await typeDate(add.getByRole('textbox', { name: /^Ngày gửi/ }), 3, 10);
    await add.getByRole('button', { name: 'Lưu' }).click();
    await expect(add).toBeHidden();

    const cards = front.getByTestId('recommendation');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: first })).toContainText('Chưa trả lời');
    await expect(cards.filter({ hasText: first }).getByTestId('overdue-badge')).toHaveCount(0);
    await expect(cards.filter({ hasText: second }).getByTestId('overdue-badge')).toHaveText(
      'Quá hạn',
    );
    // The Front does not answer for the People's Committee.
    await expect(front.getByRole('button', { name: /^Trả lời kiến nghị/ })).toHaveCount(0);

    // A People's Committee officer answers the first.
    const committee = await signedInPage(browser, 'canbo-ubnd');
    await committee.goto(supervisionUrl);
    await committee.getByRole('button', { name: 'Trả lời kiến nghị 1' }).click();
    const dialog = committee.getByRole('dialog', { name: 'Trả lời kiến nghị 1' });
    await expect(dialog.getByRole('radio', { name: 'Trả lời' })).toBeChecked();
    await dialog.getByLabel('Nội dung trả lời').fill(answer);
    await dialog.getByLabel('Số văn bản').fill(`88/UBND-VP-${s}`);
    await dialog.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect(dialog).toBeHidden();
    const answered = committee.getByTestId('recommendation').filter({ hasText: first });
    await expect(answered).toContainText('Đã trả lời');
    await expect(answered.getByTestId('recommendation-answer')).toContainText(answer);
    await expect(committee.getByRole('button', { name: 'Trả lời kiến nghị 2' })).toBeVisible();

    // The unanswered one is counted overdue on both leaders' dashboards; the number opens the list.
    for (const leader of ['lanhdao', 'mttq']) {
      const page = await signedInPage(browser, leader);
      await page.goto('/');
      const followUp = page.getByRole('region', {
        name: /^Giám sát và kiến nghị sau giám sát năm \d{4}$/,
      });
      await followUp.getByRole('link', { name: /^Quá hạn chưa trả lời: \d+$/ }).click();
      await expect(page).toHaveURL(/\/supervision\/recommendations\?(.+&)?overdue=true/);
      const row = page.getByTestId('recommendation').filter({ hasText: second });
      await expect(row.getByTestId('overdue-badge')).toBeVisible();
      await expect(page.getByTestId('recommendation').filter({ hasText: first })).toHaveCount(0);
      await page.context().close();
    }
  });
});
