import { expect, test, type Page } from '@playwright/test';
import type { Review } from '@phoihop/shared/reviews';
import ExcelJS from 'exceljs';
import { authFile, getCsrfToken, signInAsDemo } from '../../support/api.ts';
import { createRunningPlan, freeYear, sessionAs } from './plans-fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const signedOut = { cookies: [], origins: [] };
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function signIn(page: Page, username: string) {
  await signInAsDemo(page, username);
}

test.describe('quản trị đơn vị', () => {
  test.use({ storageState: authFile('quantri') });

  test('[PLANS]: tải mẫu Excel, điền, kiểm tra rồi nhập kế hoạch và thấy nhiệm vụ trong cây', async ({
    page,
  }) => {
    const admin = await sessionAs('quantri');
    const year = await freeYear(admin);
    await admin.request.dispose();
    const suffix = `${year}-${Math.random().toString(36).slice(2, 7)}`;
    const area = `Lĩnh vực nhập Excel ${suffix}`;
    const tasks = [
      `Tuyên truyền phòng chống ma túy ${suffix}`,
      `Ra quân vệ sinh môi trường ${suffix}`,
    ];

    await page.goto('/plans');
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải mẫu Excel' }).click();
    const download = await downloading;

    // Fill the template as a person would: keep its headers, replace the example rows.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const columns = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      if (typeof cell.value === 'string') columns.set(cell.value, col);
    });
    expect([...columns.keys()]).toEqual(expect.arrayContaining(['Mã', 'Loại', 'Chủ trì']));
    const rows: Record<string, string>[] = [
      { Mã: '1', Loại: 'Lĩnh vực', 'Tên lĩnh vực / nhiệm vụ': area },
      {
        Mã: '1.1',
        Loại: 'Nhiệm vụ',
        'Tên lĩnh vực / nhiệm vụ': tasks[0]!,
        'Chủ trì': 'Hội LHPN phường',
        'Phối hợp': 'Đoàn phường',
        'Hạn hoàn thành': `30/06/${year}`,
      },
      {
        Mã: '1.2',
        Loại: 'Nhiệm vụ',
        'Tên lĩnh vực / nhiệm vụ': tasks[1]!,
        'Chủ trì': 'UBMTTQ phường',
        'Hạn hoàn thành': `31/12/${year}`,
      },
    ];
    rows.forEach((values, index) => {
      const row = sheet.getRow(index + 2);
      for (const col of columns.values()) row.getCell(col).value = null;
      for (const [header, value] of Object.entries(values)) {
        row.getCell(columns.get(header)!).value = value;
      }
      row.commit();
    });
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByLabel('Năm').fill(String(year));
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ke-hoach.xlsx', mimeType: XLSX, buffer });
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(page.getByText('Tệp hợp lệ')).toBeVisible();
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã nhập kế hoạch' });
    await expect(done).toContainText('Thêm mới 3');
    await done.getByRole('link', { name: 'Mở kế hoạch' }).click();

    const tree = page.getByTestId('plan-tree');
    await expect(tree.getByTestId('tree-item-1')).toContainText(area);
    await expect(tree.getByTestId('tree-item-1.1')).toContainText(tasks[0]!);
    await expect(tree.getByTestId('tree-item-1.1')).toContainText('Hội LHPN phường');
    await expect(tree.getByTestId('tree-item-1.2')).toContainText(tasks[1]!);
    await expect(page.getByTestId('plan-header')).toContainText('Dự thảo');
  });

  test('[PLANS]: nhiệm vụ quá hạn hiện nhãn "Quá hạn" trong cây kế hoạch', async ({ page }) => {
    const { plan, overdue, other } = await createRunningPlan('hạn chót');
    await page.goto(`/plans/${plan.id}`);
    const late = page.getByTestId('tree-item-1.3');
    await expect(late).toContainText(overdue.title);
    await expect(late.getByText('Quá hạn', { exact: true })).toBeVisible();
    await expect(page.getByTestId('tree-item-1.2')).toContainText(other.title);
    await expect(
      page.getByTestId('tree-item-1.2').getByText('Quá hạn', { exact: true }),
    ).toHaveCount(0);
  });
});

test.describe('cán bộ Hội Liên hiệp Phụ nữ', () => {
  test.use({ storageState: signedOut });

  test('[PLANS]: báo cáo tiến độ nhiệm vụ tổ chức mình chủ trì, kèm tệp, và tiến độ kế hoạch thay đổi', async ({
    page,
  }) => {
    const { plan, own } = await createRunningPlan('tiến độ');
    await signIn(page, 'canbo');
    await page.goto(`/plans/${plan.id}`);

    const planProgress = page.getByTestId('plan-header').getByRole('progressbar');
    await expect(planProgress).toHaveAttribute('aria-valuenow', '0');
    await page.getByTestId('tree-item-1.1').getByRole('button', { name: own.title }).click();
    await expect(page).toHaveURL(new RegExp(`task=${own.id}`));

    const drawer = page.getByTestId('task-drawer');
    const form = drawer.getByRole('form', { name: 'Báo cáo tiến độ' });
    await form.getByLabel('Nội dung đã thực hiện').fill('Đã tổ chức 2 buổi sinh hoạt chuyên đề');
    await form.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
    await form.locator('input[type="file"]').setInputFiles({
      name: 'bien-ban.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();

    const timeline = drawer.getByTestId('task-timeline');
    await expect(timeline).toContainText('Đã tổ chức 2 buổi sinh hoạt chuyên đề');
    await expect(timeline.getByRole('button', { name: 'bien-ban.pdf' })).toBeVisible();
    await expect(page.getByTestId('tree-item-1.1').getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '60',
    );
    await expect(planProgress).not.toHaveAttribute('aria-valuenow', '0');
  });

  test('[PLANS]: không thấy nút báo cáo, sửa trên nhiệm vụ của tổ chức khác; gọi API trực tiếp bị 403', async ({
    page,
  }) => {
    const { plan, other } = await createRunningPlan('không quyền');
    await signIn(page, 'canbo');
    await page.goto(`/plans/${plan.id}?task=${other.id}`);

    const drawer = page.getByTestId('task-drawer');
    await expect(drawer).toContainText('Ủy ban nhân dân phường Hoành Sơn');
    await expect(drawer.getByRole('heading', { name: 'Diễn biến' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Báo cáo tiến độ' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
    await expect(page.getByLabel('Trạng thái nhiệm vụ')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    for (const name of ['Điều chỉnh', 'Hủy nhiệm vụ', 'Sửa', 'Kết thúc']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }

    const csrf = await getCsrfToken(page.request);
    const res = await page.request.post(`/api/plan-items/${other.id}/progress`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { reportedOn: todayInVietnam(), text: 'Báo cáo hộ tổ chức khác' },
    });
    expect(res.status(), await res.text()).toBe(403);
  });
});

test.describe('lãnh đạo UBND', () => {
  test.use({ storageState: signedOut });

  test('[PLANS]: ghi nhận kiểm điểm quý với đánh giá nhiệm vụ và tổ chức dự', async ({ page }) => {
    // Reviews are held in the plan's year or later and never in the future: a past year.
    const { plan, own } = await createRunningPlan('kiểm điểm', [2000, 2024]);
    await signIn(page, 'lanhdao');
    await page.goto(`/plans/${plan.id}?tab=reviews`);

    await page.getByRole('button', { name: 'Ghi nhận kiểm điểm' }).click();
    const form = page.getByRole('form', { name: 'Ghi nhận kiểm điểm' });
    await form.getByRole('combobox', { name: 'Kỳ kiểm điểm' }).click();
    await page.getByRole('option', { name: 'Quý II', exact: true }).click();
    // The pills wrapper sits over the input and takes the click, as it does for a person.
    await form.getByRole('combobox', { name: 'Tổ chức dự' }).click({ force: true });
    await page.getByRole('option', { name: 'Hội LHPN phường', exact: true }).click();
    await page.getByRole('option', { name: 'UBND phường', exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('combobox', { name: 'Đánh giá nhiệm vụ 1.1' }).click();
    await page.getByRole('option', { name: 'Tốt', exact: true }).click();
    await form.getByRole('textbox', { name: 'Ghi chú nhiệm vụ 1.1' }).fill('Làm sớm hơn kế hoạch');
    const conclusions = `Các tổ chức phối hợp tốt trong quý II (${plan.year})`;
    await form.getByLabel('Kết luận').fill(conclusions);
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();

    const review = page.getByTestId('review');
    await expect(review).toContainText('Quý II');
    await expect(review).toContainText(conclusions);
    await expect(review).toContainText('Hội LHPN phường');
    await expect(review).toContainText('1 nhiệm vụ được đánh giá');

    const res = await page.request.get(`/api/plans/${plan.id}/reviews`);
    const reviews = (await res.json()) as Review[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      period: 'Q2',
      assessments: [{ taskId: own.id, rating: 'GOOD', note: 'Làm sớm hơn kế hoạch' }],
    });
  });
});
