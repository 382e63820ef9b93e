import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import {
  committee,
  front,
  makeSupervision,
  meWith,
  womensUnion,
  youthUnion,
} from '../testing/fixtures';
import { supervisionHandlers, supervisionState } from '../testing/handlers';

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('supervisions list', () => {
  it('shows status, kind and recommendation counts, and keeps its filters in the URL', async () => {
    db.me = meWith(['supervision:read']);
    const state = supervisionState({
      supervisions: [
        makeSupervision({
          title: 'Giám sát việc thu gom rác thải',
          status: 'FOLLOWING_UP',
          recommendations: { total: 0, unanswered: 0, overdue: 0 },
        }),
      ],
    });
    server.use(...supervisionHandlers(state));
    const { user, location } = renderApp('/supervision?status=FOLLOWING_UP');

    const row = await screen.findByTestId('supervision-row');
    expect(row).toHaveTextContent('Giám sát việc thu gom rác thải');
    expect(row).toHaveTextContent('Theo dõi kiến nghị');
    expect(row).toHaveTextContent('Giám sát chuyên đề');
    expect(row).toHaveTextContent('01/02/2026 – 28/02/2026');
    expect(state.requests.find((r) => r.path === '/api/supervisions')!.query.get('status')).toBe(
      'FOLLOWING_UP',
    );

    await user.click(screen.getByRole('combobox', { name: 'Hình thức' }));
    await user.click(await screen.findByRole('option', { name: 'Phối hợp với HĐND' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({ status: 'FOLLOWING_UP', kind: 'JOINT_COUNCIL' }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'rac thai');
    await waitFor(() =>
      expect(location().search).toMatchObject({
        status: 'FOLLOWING_UP',
        kind: 'JOINT_COUNCIL',
        year: 2025,
        q: 'rac thai',
      }),
    );
    const last = state.requests.filter((r) => r.path === '/api/supervisions').at(-1)!;
    expect(Object.fromEntries(last.query)).toMatchObject({
      status: 'FOLLOWING_UP',
      kind: 'JOINT_COUNCIL',
      year: '2025',
      q: 'rac thai',
    });
    // Readers get no "set up a team" button.
    expect(
      screen.queryByRole('button', { name: 'Thành lập đoàn giám sát' }),
    ).not.toBeInTheDocument();
  });

  it('sets up a team from its decision, with members from three organisations', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const state = supervisionState();
    server.use(...supervisionHandlers(state));
    const { user, location } = renderApp('/supervision');

    await user.click(await screen.findByRole('button', { name: 'Thành lập đoàn giám sát' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thành lập đoàn giám sát' });
    // Without a decision (nor a standing board) the team cannot be set up.
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText(
        'Đoàn giám sát thành lập theo quyết định: ghi số và ngày quyết định',
      ),
    ).toBeInTheDocument();
    expect(state.requests.some((r) => r.method === 'POST')).toBe(false);

    await fill(user, within(dialog).getByRole('textbox', { name: 'Số quyết định' }), '15/QĐ-MTTQ');
    // Dates are typed dd/MM/yyyy (or picked from the calendar the field opens).
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày quyết định' }), '02/03/2026');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Người ký' }), 'Trần Thị Mai');
    const file = new File(['%PDF-1.4'], 'qd-15.pdf', { type: 'application/pdf' });
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    // Uploaded at once; the form then carries the attachment's id.
    expect(await within(dialog).findByTestId('attached-file')).toBeInTheDocument();

    await fill(
      user,
      within(dialog).getByRole('textbox', { name: /Tên cuộc giám sát/ }),
      'Giám sát thực hiện chính sách an sinh xã hội',
    );
    await fill(
      user,
      within(dialog).getByRole('combobox', { name: /Đối tượng chịu giám sát/ }),
      'Ủy ban nhân dân phường',
    );
    await user.keyboard('{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: /^Từ ngày/ }), '3/3/2026');
    await user.type(within(dialog).getByRole('textbox', { name: /^Đến ngày/ }), '20/03/2026');
    expect(within(dialog).getByRole('combobox', { name: /Cơ quan chủ trì/ })).toHaveValue('MTTQ');

    for (const [n, name, role, org] of [
      [1, 'Trần Thị Mai', 'Trưởng đoàn', 'MTTQ'],
      [2, 'Lê Thị Hồng', 'Thành viên', 'HPN'],
      [3, 'Phan Văn Toàn', 'Thư ký', 'ĐTN'],
    ] as const) {
      await user.click(within(dialog).getByRole('button', { name: 'Thêm thành viên' }));
      await fill(
        user,
        within(dialog).getByRole('textbox', { name: `Họ và tên thành viên ${n}` }),
        name,
      );
      await user.click(within(dialog).getByRole('combobox', { name: `Vai trò thành viên ${n}` }));
      await user.click(await screen.findByRole('option', { name: role }));
      await user.click(
        within(dialog).getByRole('combobox', { name: `Cơ quan, tổ chức của thành viên ${n}` }),
      );
      await user.click(await screen.findByRole('option', { name: org }));
    }
    expect(within(dialog).getAllByTestId('member-row')).toHaveLength(3);
    await user.click(within(dialog).getByRole('combobox', { name: 'Cơ quan phối hợp' }));
    await user.click(await screen.findByRole('option', { name: 'HPN' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(location().pathname).toMatch(/^\/supervision\/[0-9a-f-]{36}$/));
    const header = await screen.findByTestId('supervision-header');
    expect(header).toHaveTextContent('Giám sát thực hiện chính sách an sinh xã hội');
    expect(header).toHaveTextContent('Quyết định số 15/QĐ-MTTQ');
    // A PDF opens in the page (attachment-link.test.tsx).
    expect(within(header).getByRole('button', { name: /quyet-dinh.pdf/ })).toBeInTheDocument();
    const members = screen.getAllByTestId('member');
    expect(members.map((m) => m.textContent)).toEqual([
      'Trần Thị MaiTrưởng đoàn—MTTQ',
      'Lê Thị HồngThành viên—HPN',
      'Phan Văn ToànThư ký—ĐTN',
    ]);

    const upload = state.requests.find((r) => r.path === '/api/attachments')!;
    const post = state.requests.find((r) => r.method === 'POST' && r.path === '/api/supervisions')!;
    expect(post.body).toMatchObject({
      title: 'Giám sát thực hiện chính sách an sinh xã hội',
      kind: 'THEMATIC',
      decisionNumber: '15/QĐ-MTTQ',
      decisionSigner: 'Trần Thị Mai',
      decisionDate: '2026-03-02',
      decisionFileId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      leadOrganisationId: front.id,
      coOrganiserIds: [womensUnion.id],
      supervisedBodies: ['Ủy ban nhân dân phường'],
      periodFrom: '2026-03-03',
      periodTo: '2026-03-20',
      boardId: null,
      checksRecommendationIds: [],
      members: [
        { fullName: 'Trần Thị Mai', role: 'HEAD', position: null, organisationId: front.id },
        { fullName: 'Lê Thị Hồng', role: 'MEMBER', position: null, organisationId: womensUnion.id },
        {
          fullName: 'Phan Văn Toàn',
          role: 'SECRETARY',
          position: null,
          organisationId: youthUnion.id,
        },
      ],
    });
    expect(upload.method).toBe('POST');
    expect(committee.kind).toBe('PEOPLES_COMMITTEE');
  }, 120_000);
});
