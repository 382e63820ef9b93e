import { expect, test, type Page } from '@playwright/test';
import type { Case } from '@phoihop/shared/cases';
import { signInAsDemo } from '../../support/api.ts';
import { createCaseAs, receiveCitizenAs, suffix } from './cases-fixtures.ts';

const signedOut = { cookies: [], origins: [] };
const scannedLetter = {
  name: 'don-khieu-nai-scan.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% bản scan đơn\n%%EOF\n'),
};

async function signIn(page: Page, username: string) {
  await signInAsDemo(page, username);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the intake form's content and first sender; the channel stays as the form sets it. */
async function fillLetter(
  page: Page,
  letter: { kind: string; field: string; summary: string; name: string },
) {
  await page.goto('/cases');
  await page.getByRole('link', { name: 'Tiếp nhận đơn' }).click();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await choose(page, 'Loại đơn', letter.kind);
  await choose(page, 'Lĩnh vực', letter.field);
  await page.getByLabel('Tóm tắt nội dung').fill(letter.summary);
  await page.getByLabel('Họ và tên').fill(letter.name);
}

const caseIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

test.describe('đơn thư', () => {
  test.use({ storageState: signedOut });

  test('[CASES]: cán bộ UBND mở đơn khiếu nại từ công dân được tiếp, kèm bản scan, và thấy thời hạn thụ lý', async ({
    page,
  }) => {
    const s = suffix();
    const citizen = `Lê Văn Khiếu ${s}`;
    const content = `Khiếu nại quyết định thu hồi đất ${s}`;
    const { session } = await receiveCitizenAs('canbo-ubnd', {
      citizenName: citizen,
      content,
      kind: 'COMPLAINT',
      field: 'LAND',
    });
    await signIn(page, 'canbo-ubnd');
    await page.goto(`/reception/${session.id}`);
    await page.getByRole('link', { name: 'Mở đơn thư' }).click();

    // The form starts from what the citizen raised at the session.
    await expect(page).toHaveURL(/\/cases\/new\?visitId=/);
    await expect(page.getByLabel('Họ và tên')).toHaveValue(citizen);
    await expect(page.getByLabel('Tóm tắt nội dung')).toHaveValue(content);
    await expect(page.getByRole('combobox', { name: 'Loại đơn' })).toHaveValue('Khiếu nại');
    await page.getByLabel('Số CMND/CCCD').fill('042086001234');
    await page.locator('input[type="file"]').setInputFiles(scannedLetter);
    await expect(page.getByTestId('intake-attachment-0')).toContainText(scannedLetter.name);

    // The deadline the form computes as the user types…
    const live = page.getByTestId('live-deadlines');
    await expect(live).toContainText('Luật Khiếu nại 2011, Điều 27');
    await expect(live).toContainText(/10 ngày kể từ \d\d\/\d\d\/\d{4}/);
    const due = /Hạn thụ lý: (\d\d\/\d\d\/\d{4})/.exec((await live.textContent()) ?? '')?.[1];
    expect(due).toBeTruthy();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    // …is the one the API stores and shows on the case.
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const header = page.getByTestId('case-header');
    await expect(header).toContainText('Khiếu nại');
    await expect(header).toContainText('Mới tiếp nhận');
    await expect(header).toContainText('Qua tiếp công dân');
    await expect(header).toContainText(content);
    const clock = page.getByTestId('clock-acceptance');
    await expect(clock).toContainText(`Hạn thụ lý: ${due}`);
    await expect(clock).toContainText('Trong hạn');
    await expect(page.getByTestId('case-petitioners')).toContainText(citizen);
    await expect(
      page.getByTestId('case-attachments').getByRole('button', { name: scannedLetter.name }),
    ).toBeVisible();
    await expect(page.getByTestId('case-links')).toContainText('Tiếp công dân ngày');
  });

  test('[CASES]: đơn tố cáo được tiếp nhận với danh tính người tố cáo được bảo mật', async ({
    page,
  }) => {
    const s = suffix();
    await signIn(page, 'canbo-ubnd');
    await fillLetter(page, {
      kind: 'Tố cáo',
      field: 'Hành chính',
      summary: `Tố cáo cán bộ nhận tiền khi làm hồ sơ ${s}`,
      name: `Phan Thị Tố ${s}`,
    });
    await expect(page.getByTestId('live-deadlines')).toContainText('7 ngày làm việc');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('case-header')).toContainText('Bảo mật người tố cáo');
    await expect(page.getByTestId('clock-processing')).toContainText('Hạn xử lý đơn');
    // 7 working days is an unconfirmed default: the officer who processes the letter is told.
    await expect(page.getByTestId('clock-processing')).toContainText(
      'chưa được quản trị hệ thống đối chiếu với văn bản luật',
    );
    // Registering it does not make an officer its handler: the denouncer is masked for them too.
    const petitioners = page.getByTestId('case-petitioners');
    await expect(petitioners).toContainText('Thông tin người tố cáo được bảo mật');
    await expect(petitioners).not.toContainText(`Phan Thị Tố ${s}`);
    await expect(
      petitioners.getByRole('button', { name: 'Xem danh tính người tố cáo' }),
    ).toHaveCount(0);

    // In the list the number and a masked label show, never the name.
    await page.goto(`/cases?q=${encodeURIComponent(s)}`);
    const table = page.getByTestId('cases-table');
    await expect(table).toContainText(`Tố cáo cán bộ nhận tiền khi làm hồ sơ ${s}`);
    await expect(table).not.toContainText(`Phan Thị Tố ${s}`);
  });

  test('[CASES]: cán bộ MTTQ chuyển đơn tố cáo, theo dõi trạng thái và thời hạn; chỉ người được giao xử lý xem được danh tính', async ({
    browser,
  }) => {
    // Two people in turn, each signing in and loading their own pages.
    test.slow();
    const s = suffix();
    const summary = `Tố cáo việc thu tiền xây dựng nhà văn hóa ${s}`;
    const denouncer = `Trần Văn Báo ${s}`;

    // The Front officer registers what a citizen brought to the Front: the channel is fixed.
    const front = await browser.newPage({ storageState: signedOut });
    await signIn(front, 'canbo-mttq');
    await fillLetter(front, { kind: 'Tố cáo', field: 'Hành chính', summary, name: denouncer });
    await expect(front.getByRole('textbox', { name: 'Nguồn đơn' })).toHaveValue(
      'Do MTTQ chuyển đến',
    );
    await front.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(front).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = caseIdOf(front);
    await expect(front.getByTestId('case-header')).toContainText('Do MTTQ chuyển đến');
    await expect(front.getByTestId('case-petitioners')).toContainText(
      'Thông tin người tố cáo được bảo mật',
    );
    await expect(front.getByTestId('case-petitioners')).not.toContainText(denouncer);

    // The People's Committee officer accepts it and becomes its handler.
    const committee = await browser.newPage({ storageState: signedOut });
    await signIn(committee, 'canbo-ubnd');
    await committee.goto(`/cases/${caseId}`);
    await expect(committee.getByTestId('case-petitioners')).not.toContainText(denouncer);
    await committee
      .getByTestId('case-actions')
      .getByRole('button', { name: 'Thụ lý', exact: true })
      .click();
    const dialog = committee.getByRole('dialog', { name: 'Thụ lý' });
    await choose(committee, 'Tổ chức giải quyết', 'UBND phường');
    await choose(committee, 'Người xử lý', 'Võ Văn Chính');
    await dialog.getByRole('button', { name: 'Thụ lý', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(committee.getByTestId('case-header')).toContainText('Đã thụ lý');
    await expect(committee.getByTestId('clock-resolution')).toContainText('Hạn giải quyết');

    // As handler they may reveal the denouncer, and are told the view is logged.
    const petitioners = committee.getByTestId('case-petitioners');
    await petitioners.getByRole('button', { name: 'Xem danh tính người tố cáo' }).click();
    await expect(petitioners).toContainText(denouncer);
    await expect(petitioners).toContainText('Lượt xem này đã được ghi vào nhật ký hệ thống');

    // The Front follows it under "forwarded": status and deadline, still without the identity.
    await front.goto('/cases');
    await front.getByRole('tab', { name: 'Tổ chức tôi chuyển đến' }).click();
    await expect(front).toHaveURL(/scope=forwarded/);
    await front.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(s);
    const table = front.getByTestId('cases-table');
    await expect(table).toContainText(summary);
    await expect(table).toContainText('Đã thụ lý');
    await expect(table).toContainText('Hạn giải quyết');
    await expect(table).toContainText('Võ Văn Chính');
    await expect(table).not.toContainText(denouncer);
    await table.getByRole('link').first().click();
    await expect(front.getByTestId('clock-resolution')).toContainText('Hạn giải quyết');
    await expect(front.getByTestId('case-petitioners')).not.toContainText(denouncer);
    await expect(front.getByRole('button', { name: 'Xem danh tính người tố cáo' })).toHaveCount(0);

    await front.close();
    await committee.close();
  });

  test('[CASES]: tìm "nguyen van" không dấu ra đơn của "Nguyễn Văn …"', async ({ page }) => {
    const s = suffix();
    const created: Case = await createCaseAs('canbo-ubnd', {
      kind: 'PETITION',
      field: 'ENVIRONMENT',
      summary: `Kiến nghị nạo vét kênh thoát nước ${s}`,
      petitioners: [{ fullName: `Nguyễn Văn Thoát ${s}` }],
    });
    await signIn(page, 'canbo-ubnd');
    await page.goto('/cases');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`nguyen van thoat ${s}`);
    await expect(page).toHaveURL(/q=nguyen/);
    const row = page.getByTestId(`case-row-${created.number}`);
    await expect(row).toContainText(`Nguyễn Văn Thoát ${s}`);
  });
});
