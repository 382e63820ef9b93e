import { pageSchema } from '@phoihop/shared/common';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { i18n } from '../../../lib/i18n';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { content2025, makeVersion, meWith } from '../testing/fixtures';
import { reportHandlers, reportState } from '../testing/handlers';

const sectionOne = async () => (await screen.findAllByTestId('report-section'))[0]!;

/** Typing a sentence key by key is slow in jsdom; the author's paste is what matters here. */
async function write(user: UserEvent, field: HTMLElement, text: string, replace = false) {
  if (replace) await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('annual report', () => {
  it('writes the figures out with their source and a link to the list they count, at the date in the URL', async () => {
    db.me = meWith(['report:read']);
    const state = reportState();
    server.use(...reportHandlers(state));
    const { user, location } = renderApp('/reports/annual/2025');

    const section = await sectionOne();
    // The API chose the date: the URL and the date line say which.
    await waitFor(() => expect(location().search).toMatchObject({ asOf: '2025-12-15' }));
    expect(screen.getByTestId('report-place-date')).toHaveTextContent(
      'Hoành Sơn, ngày 15 tháng 12 năm 2025',
    );
    expect(within(section).getByRole('heading', { name: /^I\. KẾT QUẢ PHỐI HỢP/ })).toBeVisible();
    expect(within(section).getByRole('heading', { name: '2. Hòa giải ở cơ sở' })).toBeVisible();
    expect(section).toHaveTextContent(
      'Tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết.',
    );
    expect(section).toHaveTextContent('15 tổ hòa giải với 132 hòa giải viên');
    // A rate is written with its base.
    expect(section).toHaveTextContent('tỷ lệ hòa giải thành 100% (12/12 vụ đã kết thúc hòa giải)');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'I. KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM 2025',
      'II. ĐÁNH GIÁ CHUNG',
      'III. NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP NĂM 2026',
    ]);

    const received = within(section).getByRole('link', { name: '48 – Đơn thư tiếp nhận' });
    expect(received).toHaveAttribute('href', '/cases?from=2025-01-01&to=2025-12-15');
    expect(
      within(section).getByRole('link', { name: '05 – Đơn thư đang giải quyết' }),
    ).toHaveAttribute('href', '/cases?from=2025-01-01&to=2025-12-15&state=open');
    // A figure with no list is still reachable by keyboard and says what it is.
    const mediators = within(section).getByLabelText('132 – Hòa giải viên');
    await user.tab();
    mediators.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Nguồn: Hòa giải viên của các tổ đang hoạt động tại ngày báo cáo',
    );

    // Readers read: no pencil, no save, no regenerate.
    expect(screen.queryByRole('button', { name: /^Sửa / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu phiên bản' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo lại từ dữ liệu' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải DOCX' })).toBeDisabled();

    server.use(
      http.get('*/api/cases', () =>
        HttpResponse.json(pageSchema(z.object({})).parse({ items: [], nextCursor: null })),
      ),
    );
    await user.click(received);
    await waitFor(() => expect(location().pathname).toBe('/cases'));
    expect(location().search).toMatchObject({ from: '2025-01-01', to: '2025-12-15' });
  }, 60_000);

  it('recomputes the figures, not the text, at another report date', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const state = reportState();
    server.use(...reportHandlers(state));
    renderApp('/reports/annual/2025?asOf=2025-12-20');

    const section = await sectionOne();
    await waitFor(() => expect(section).toHaveTextContent('Tiếp nhận 49 đơn thư'));
    expect(section).toHaveTextContent('còn 06 đơn');
    const draft = state.requests.filter((r) => r.path.endsWith('/draft'));
    expect(draft.map((r) => r.query.get('asOf'))).toEqual(['2025-12-20']);
  }, 60_000);

  it('edits a paragraph with a figure inserted and saves it as the next version, based on the newest', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const state = reportState({ versions: [makeVersion({ versionNo: 1 })] });
    server.use(...reportHandlers(state));
    const { user } = renderApp('/reports/annual/2025');

    expect(await screen.findByTestId('report-status')).toHaveTextContent('Đã lưu: phiên bản 1');
    await user.click(screen.getByRole('button', { name: 'Sửa nội dung phần I.2.' }));
    const text = screen.getByRole('textbox', { name: /Đang sửa nội dung phần I\.2\./ });
    expect(text).toHaveValue(content2025.sections[0]!.children[1]!.text);
    await write(user, text, 'Các tổ hòa giải đã hòa giải thành, đạt ', true);
    await user.click(screen.getByRole('button', { name: 'Chèn số liệu' }));
    await user.click(await screen.findByRole('menuitem', { name: /Tỷ lệ hòa giải thành/ }));
    await waitFor(() =>
      expect(text).toHaveValue('Các tổ hòa giải đã hòa giải thành, đạt {{mediation.successRate}}'),
    );
    await user.paste('.');
    await user.click(screen.getByRole('button', { name: 'Xong' }));

    const section = await sectionOne();
    expect(section).toHaveTextContent(
      'Các tổ hòa giải đã hòa giải thành, đạt 100% (12/12 vụ đã kết thúc hòa giải).',
    );
    expect(screen.getByTestId('report-status')).toHaveTextContent(
      'Có thay đổi chưa lưu (từ phiên bản 1)',
    );

    await user.click(screen.getByRole('button', { name: 'Lưu phiên bản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu phiên bản' });
    expect(dialog).toHaveTextContent('phiên bản 2');
    await write(user, within(dialog).getByLabelText(/Ghi chú/), 'Bản trình lãnh đạo');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu phiên bản 2')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('report-status')).toHaveTextContent('Đã lưu: phiên bản 2'),
    );
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.body).toMatchObject({
      basedOn: 1,
      asOf: '2025-12-15',
      note: 'Bản trình lãnh đạo',
      header: { symbol: 'BC-UBND', number: null, date: '2025-12-15' },
    });
    expect(
      (post.body as typeof content2025 & { content: typeof content2025 }).content.sections[0]!
        .children[1]!.text,
    ).toBe('Các tổ hòa giải đã hòa giải thành, đạt {{mediation.successRate}}.');
    expect(await screen.findAllByTestId('report-version')).toHaveLength(2);
  }, 60_000);

  it('says when someone saved a newer version meanwhile, and loads it on request', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const state = reportState({ versions: [makeVersion({ versionNo: 1 })] });
    server.use(...reportHandlers(state));
    const { user } = renderApp('/reports/annual/2025');

    await user.click(await screen.findByRole('button', { name: 'Sửa đoạn kết' }));
    const text = screen.getByRole('textbox', { name: /Đang sửa đoạn kết/ });
    await write(user, text, ' Thêm một câu.');
    // Another officer saves version 2 while this one writes.
    const theirs = {
      ...content2025,
      closing: 'Đoạn kết do người khác sửa./.',
    };
    state.versions.push(makeVersion({ versionNo: 2, content: theirs }));

    await user.click(screen.getByRole('button', { name: 'Lưu phiên bản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu phiên bản' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Đã có phiên bản mới hơn')).toBeInTheDocument();
    expect(state.requests.find((r) => r.method === 'POST')!.body).toMatchObject({ basedOn: 1 });

    await user.click(within(dialog).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('report-document')).toHaveTextContent(
      'Đoạn kết do người khác sửa./.',
    );
    expect(screen.getByTestId('report-status')).toHaveTextContent('Đã lưu: phiên bản 2');
  }, 60_000);

  it('saves unsaved edits before downloading the DOCX', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const state = reportState();
    server.use(...reportHandlers(state));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user } = renderApp('/reports/annual/2025');

    expect(await screen.findByTestId('report-status')).toHaveTextContent('Bản nháp mới, chưa lưu');
    await user.click(screen.getByRole('button', { name: 'Tải DOCX' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu phiên bản' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu và tải DOCX' }));

    expect(await screen.findByText('Đã tải bao-cao-phoi-hop-2025-v1.docx')).toBeInTheDocument();
    expect(saved).toEqual(['bao-cao-phoi-hop-2025-v1.docx']);
    expect(state.requests.find((r) => r.method === 'POST')!.body).toMatchObject({ basedOn: null });
    // Saved and unchanged: the next download takes the saved version straight away.
    await user.click(screen.getByRole('button', { name: 'Tải DOCX' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(state.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  }, 60_000);

  it('opens an older version read only and comes back to the text being written', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const old = { ...content2025, intro: 'Lời mở đầu của phiên bản 1.' };
    const state = reportState({
      versions: [
        makeVersion({ versionNo: 1, content: old, note: 'Bản đầu' }),
        makeVersion({ versionNo: 2 }),
      ],
    });
    server.use(...reportHandlers(state));
    const { user, location } = renderApp('/reports/annual/2025');

    await user.click(await screen.findByRole('button', { name: 'Sửa đoạn mở đầu' }));
    const text = screen.getByRole('textbox', { name: /Đang sửa đoạn mở đầu/ });
    await write(user, text, 'Lời mở đầu đang soạn.', true);
    await user.click(screen.getByRole('button', { name: 'Xong' }));

    await user.click(screen.getByRole('button', { name: 'Xem phiên bản 1' }));
    expect(await screen.findByTestId('version-banner')).toHaveTextContent(
      'Bạn đang xem phiên bản 1 (chỉ đọc)',
    );
    expect(location().search).toMatchObject({ version: 1 });
    const document = screen.getByTestId('report-document');
    expect(document).toHaveTextContent('Lời mở đầu của phiên bản 1.');
    expect(within(document).queryByRole('button', { name: /^Sửa / })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Quay lại bản đang soạn' }));
    expect(await screen.findByTestId('report-document')).toHaveTextContent('Lời mở đầu đang soạn.');
  }, 60_000);

  it('asks before regenerating over edited text, then takes the text generated afresh', async () => {
    db.me = meWith(['report:read', 'report:edit']);
    const edited = { ...content2025, closing: 'Đoạn kết đã sửa.' };
    const state = reportState({ versions: [makeVersion({ versionNo: 1, content: edited })] });
    server.use(...reportHandlers(state));
    const { user } = renderApp('/reports/annual/2025');

    expect(await screen.findByTestId('report-document')).toHaveTextContent('Đoạn kết đã sửa.');
    await user.click(screen.getByRole('button', { name: 'Tạo lại từ dữ liệu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo lại báo cáo từ dữ liệu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tạo lại từ dữ liệu' }));

    await waitFor(() =>
      expect(screen.getByTestId('report-document')).toHaveTextContent(content2025.closing),
    );
    expect(screen.getByTestId('report-status')).toHaveTextContent(
      'Có thay đổi chưa lưu (từ phiên bản 1)',
    );
    expect(state.requests.filter((r) => r.path.endsWith('/draft'))).toHaveLength(2);
  });
});

describe('annual report in English', () => {
  it('names the figures and their sources in English, by their keys', async () => {
    const me = meWith(['report:read']);
    db.me = { ...me, user: { ...me.user, locale: 'en' } };
    server.use(...reportHandlers(reportState()));
    await i18n.changeLanguage('en');
    renderApp('/reports/annual/2025');

    const panel = await screen.findByRole('region', { name: 'Figures from the records' });
    const rows = await within(panel).findAllByTestId('report-figure-row');
    const received = rows.find((row) => row.textContent?.startsWith('Letters received:'));
    expect(received).toHaveTextContent(/from 01\/01\/2025 to 15\/12\/2025/);
    expect(panel).not.toHaveTextContent('Đơn thư tiếp nhận');
    const section = await sectionOne();
    expect(within(section).getByRole('link', { name: '48 – Letters received' })).toBeVisible();
  }, 60_000);
});
