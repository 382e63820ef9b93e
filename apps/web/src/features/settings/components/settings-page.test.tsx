import { defaultLegalSettings } from '@phoihop/shared/legal-rules';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('system settings', () => {
  it('edits a legal time limit and saves the whole set with its version', async () => {
    db.me = makeMe(['SYSTEM_ADMIN']);
    const saved: { ifMatch: string | null; body: typeof defaultLegalSettings }[] = [];
    server.use(
      http.get('*/api/settings/legal', () =>
        HttpResponse.json({ settings: defaultLegalSettings, version: 2 }),
      ),
      http.put('*/api/settings/legal', async ({ request }) => {
        const body = (await request.json()) as typeof defaultLegalSettings;
        saved.push({ ifMatch: request.headers.get('if-match'), body });
        return HttpResponse.json({ settings: body, version: 3 });
      }),
    );
    const { user } = renderApp('/admin/settings?tab=legal');

    const row = (await screen.findByText('Xử lý đơn (phân loại, quyết định hướng xử lý)')).closest(
      'tr',
    )!;
    // The unconfirmed defaults are flagged here, once, for the system admin to review.
    expect(screen.getByTestId('unconfirmed-count')).toHaveTextContent(
      'Còn 7 thời hạn chưa được xác nhận.',
    );
    const confirmed = within(row).getByRole('checkbox', { name: /Đã đối chiếu với văn bản luật/ });
    expect(confirmed).not.toBeChecked();
    // A limit the law states plainly has nothing to confirm.
    const acceptance = screen.getByText('Khiếu nại lần đầu: thụ lý').closest('tr')!;
    expect(within(acceptance).queryByRole('checkbox')).toBeNull();

    const days = within(row).getByRole('textbox', { name: /Số ngày/ });
    await user.clear(days);
    await user.type(days, '15');
    await user.click(confirmed);
    expect(screen.getByTestId('unconfirmed-count')).toHaveTextContent(
      'Còn 6 thời hạn chưa được xác nhận.',
    );
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.ifMatch).toBe('"2"');
    expect(saved[0]!.body.letterProcessing).toMatchObject({
      days: 15,
      kind: 'calendar',
      unconfirmed: false,
    });
    expect(saved[0]!.body.complaint.acceptance.days).toBe(10);
    expect(saved[0]!.body.complaint.secondAcceptance.unconfirmed).toBe(true);
  }, 60_000);

  it('shows a year’s days off and saves a year still on the defaults with If-Match "0"', async () => {
    db.me = makeMe(['SYSTEM_ADMIN']);
    const year = Number(new Date().toISOString().slice(0, 4));
    const tetDays = [
      `${year}-02-16`,
      `${year}-02-17`,
      `${year}-02-18`,
      `${year}-02-19`,
      `${year}-02-20`,
    ];
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    const view = {
      year,
      tetDays,
      nationalDayExtra: 'before',
      cultureDay: true,
      extraDaysOff: [],
      workingWeekends: [],
      note: null,
      version: null,
      holidays: [{ date: `${year}-01-01`, name: 'Tết Dương lịch' }],
      daysOff: [`${year}-01-01`, ...tetDays],
    };
    server.use(
      http.get('*/api/calendar/:year', () => HttpResponse.json(view)),
      http.put('*/api/calendar/:year', async ({ request }) => {
        const body = await request.json();
        puts.push({ ifMatch: request.headers.get('if-match'), body });
        return HttpResponse.json({ ...view, version: 1 });
      }),
    );
    const { user } = renderApp('/admin/settings');

    expect(await screen.findByText('Tết Dương lịch')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Nghỉ Ngày Văn hóa Việt Nam 24/11' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu');
    expect(puts).toEqual([
      {
        ifMatch: '"0"',
        body: expect.objectContaining({ tetDays, cultureDay: false, nationalDayExtra: 'before' }),
      },
    ]);
  });
});

describe('system settings in English', () => {
  it('cites the laws in English', async () => {
    db.me = makeMe(['SYSTEM_ADMIN'], { locale: 'en' });
    await i18n.changeLanguage('en');
    server.use(
      http.get('*/api/settings/legal', () =>
        HttpResponse.json({ settings: defaultLegalSettings, version: 2 }),
      ),
    );
    renderApp('/admin/settings?tab=legal');

    expect(
      (await screen.findAllByText('Law on Complaints 2011, Article 28')).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('Luật Khiếu nại 2011, Điều 28')).not.toBeInTheDocument();
  });
});
