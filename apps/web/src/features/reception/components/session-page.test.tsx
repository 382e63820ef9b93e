import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeCaseSummary, makeSession, makeVisit, meWith } from '../testing/fixtures';
import { receptionHandlers, receptionState } from '../testing/handlers';

describe('reception session', () => {
  it('masks a protected citizen, links a case and offers to open one from a visit', async () => {
    db.me = meWith('reception:read', 'reception:manage', 'case:register');
    const session = makeSession({ visitCount: 3 });
    const open = makeVisit({ sessionId: session.id, citizenName: 'Nguyễn Văn Bình' });
    const masked = makeVisit({
      sessionId: session.id,
      masked: true,
      citizenName: null,
      address: null,
      idNumber: null,
      phone: null,
      kind: 'DENUNCIATION',
      content: 'Tố cáo cán bộ địa chính nhận tiền',
    });
    const linked = makeVisit({
      sessionId: session.id,
      citizenName: 'Phạm Thị Lan',
      handling: 'CASE_OPENED',
      case: { id: makeCaseSummary().id, number: '2026/0012' },
    });
    server.use(
      ...receptionHandlers(receptionState({ sessions: [session], visits: [open, masked, linked] })),
    );
    renderApp(`/reception/${session.id}`);

    expect(await screen.findByTestId('session-header')).toHaveTextContent('05/03/2026');
    const cards = await screen.findAllByTestId('visit-card');
    expect(cards).toHaveLength(3);
    const [first, second, third] = cards as [HTMLElement, HTMLElement, HTMLElement];

    expect(first).toHaveTextContent('Nguyễn Văn Bình');
    expect(within(first).getByRole('link', { name: 'Mở đơn thư' })).toHaveAttribute(
      'href',
      `/cases/new?visitId=${open.id}`,
    );

    expect(second).toHaveTextContent('Danh tính được bảo mật');
    expect(second).toHaveTextContent('Tố cáo cán bộ địa chính nhận tiền');
    expect(second).not.toHaveTextContent('Nguyễn');

    expect(within(third).getByRole('link', { name: 'Đơn thư 2026/0012' })).toHaveAttribute(
      'href',
      `/cases/${linked.case!.id}`,
    );
    expect(within(third).queryByRole('link', { name: 'Mở đơn thư' })).not.toBeInTheDocument();
  });

  it('validates the citizen form and records the visit', async () => {
    db.me = meWith('reception:read', 'reception:manage');
    const session = makeSession();
    const state = receptionState({ sessions: [session] });
    server.use(...receptionHandlers(state));
    const { user } = renderApp(`/reception/${session.id}`);

    expect(
      await screen.findByText('Chưa ghi nhận công dân nào trong buổi tiếp này.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận công dân' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận công dân' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Số CMND/CCCD' }), '12345');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Số CMND/CCCD gồm 9 hoặc 12 chữ số'),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByText('Không được để trống')).toHaveLength(2);
    expect(state.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('textbox', { name: /Họ tên công dân/ }));
    await user.paste('Trần Văn Cường');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Số CMND/CCCD' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Số CMND/CCCD' }), '042080009999');
    await user.click(within(dialog).getByRole('textbox', { name: /Nội dung trình bày/ }));
    await user.paste('Phản ánh ô nhiễm tiếng ồn từ xưởng mộc');
    await user.click(within(dialog).getByRole('combobox', { name: 'Phân loại' }));
    await user.click(await screen.findByRole('option', { name: 'Phản ánh' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const card = await screen.findByTestId('visit-card');
    expect(card).toHaveTextContent('Trần Văn Cường');
    expect(card).toHaveTextContent('Phản ánh ô nhiễm tiếng ồn từ xưởng mộc');
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/reception/sessions/${session.id}/visits`);
    expect(post.body).toMatchObject({
      citizenName: 'Trần Văn Cường',
      idNumber: '042080009999',
      phone: null,
      kind: 'FEEDBACK',
      groupSize: 1,
      officerName: 'Nguyễn Văn An',
    });
  });

  it('joins a visit to an existing case found by its number, with the version read', async () => {
    db.me = meWith('reception:read', 'reception:manage');
    const session = makeSession();
    const visit = makeVisit({ sessionId: session.id, version: 4 });
    const existing = makeCaseSummary({ number: '2026/0048' });
    const state = receptionState({ sessions: [session], visits: [visit], cases: [existing] });
    server.use(...receptionHandlers(state));
    const { user } = renderApp(`/reception/${session.id}`);

    await user.click(await screen.findByRole('button', { name: 'Gắn vào đơn đã có' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gắn vào đơn thư đã có' });
    await user.type(within(dialog).getByRole('searchbox', { name: /Số đơn/ }), '2026/0048');
    await user.click(await within(dialog).findByRole('radio', { name: 'Chọn đơn 2026/0048' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gắn vào đơn' }));

    expect(await screen.findByRole('link', { name: 'Đơn thư 2026/0048' })).toHaveAttribute(
      'href',
      `/cases/${existing.id}`,
    );
    const search = state.requests.find((r) => r.path === '/api/cases')!;
    expect(search.query.get('q')).toBe('2026/0048');
    const patch = state.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.path).toBe(`/api/reception/visits/${visit.id}`);
    expect(patch.ifMatch).toBe('"4"');
    expect(patch.body).toEqual({ caseId: existing.id });
  });

  it('edits the session header with the version it was read at', async () => {
    db.me = meWith('reception:read', 'reception:manage');
    const session = makeSession({ version: 2, location: 'Hội trường tổ dân phố 5' });
    const state = receptionState({ sessions: [session] });
    server.use(...receptionHandlers(state));
    const { user } = renderApp(`/reception/${session.id}`);

    await user.click(await screen.findByRole('button', { name: 'Sửa buổi tiếp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa buổi tiếp' });
    const location = within(dialog).getByRole('textbox', { name: 'Địa điểm' });
    expect(location).toHaveValue('Hội trường tổ dân phố 5');
    await user.clear(location);
    await user.type(location, 'Trụ sở Đảng ủy phường');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(screen.getByTestId('session-header')).toHaveTextContent('Trụ sở Đảng ủy phường'),
    );
    const patch = state.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.ifMatch).toBe('"2"');
    expect(patch.body).toMatchObject({ location: 'Trụ sở Đảng ủy phường', hosts: session.hosts });
  });

  it('shows readers the session without edit or record controls', async () => {
    db.me = meWith('reception:read');
    const session = makeSession();
    server.use(
      ...receptionHandlers(
        receptionState({ sessions: [session], visits: [makeVisit({ sessionId: session.id })] }),
      ),
    );
    renderApp(`/reception/${session.id}`);
    await screen.findByTestId('visit-card');
    expect(screen.queryByRole('button', { name: 'Sửa buổi tiếp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận công dân' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gắn vào đơn đã có' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mở đơn thư' })).not.toBeInTheDocument();
  });
});

describe('a denouncer’s visit', () => {
  it('is revealed on request to one who may, once, with a note that the view is logged', async () => {
    db.me = meWith('reception:read');
    const session = makeSession({ visitCount: 1 });
    const visit = makeVisit({
      sessionId: session.id,
      masked: true,
      citizenName: null,
      address: null,
      idNumber: null,
      phone: null,
      kind: 'DENUNCIATION',
      can: { viewIdentity: true },
    });
    let reveals = 0;
    server.use(
      ...receptionHandlers(receptionState({ sessions: [session], visits: [visit] })),
      http.get('*/api/reception/visits/:id/identity', () => {
        reveals++;
        return HttpResponse.json({
          citizenName: 'Lương Văn Tiếp Dân',
          address: 'Ngõ Tiếp Dân',
          idNumber: null,
          phone: '0966111222',
          representative: null,
        });
      }),
    );
    const { user } = renderApp(`/reception/${session.id}`);

    const card = await screen.findByTestId('visit-card');
    expect(card).toHaveTextContent('Danh tính được bảo mật');
    expect(reveals).toBe(0);
    await user.click(within(card).getByRole('button', { name: 'Xem danh tính' }));
    const revealed = await within(card).findByTestId('identity-revealed');
    expect(revealed).toHaveTextContent('Lương Văn Tiếp Dân');
    expect(revealed).toHaveTextContent('Ngõ Tiếp Dân · 0966111222');
    expect(revealed).toHaveTextContent('đã được ghi vào nhật ký');
    expect(reveals).toBe(1);
  });

  it('offers no reveal to others', async () => {
    db.me = meWith('reception:read');
    const session = makeSession({ visitCount: 1 });
    const visit = makeVisit({
      sessionId: session.id,
      masked: true,
      citizenName: null,
      kind: 'DENUNCIATION',
    });
    server.use(...receptionHandlers(receptionState({ sessions: [session], visits: [visit] })));
    renderApp(`/reception/${session.id}`);
    const card = await screen.findByTestId('visit-card');
    expect(card).toHaveTextContent('Danh tính được bảo mật');
    expect(within(card).queryByRole('button', { name: 'Xem danh tính' })).toBeNull();
  });
});
