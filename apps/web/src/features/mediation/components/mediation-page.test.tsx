import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeLetter, makeMediationCase, makeTeam, meWith } from '../testing/fixtures';
import { mediationHandlers, mediationState } from '../testing/handlers';

const complete = [
  { fullName: 'Nguyễn Văn Sơn', gender: 'MALE', role: 'LEADER' },
  { fullName: 'Trần Thị Hà', gender: 'FEMALE' },
  { fullName: 'Lê Văn Nam', gender: 'MALE' },
] as const;

describe('mediation overview', () => {
  it("shows the period's figures and each team with its leader, counts and what it lacks", async () => {
    db.me = meWith('mediation:read');
    const good = makeTeam({ name: 'Tổ hòa giải Trung Hòa' }, [...complete]);
    const lacking = makeTeam({ name: 'Tổ hòa giải Tân Phú' }, [
      { fullName: 'Phạm Văn Bắc', gender: 'MALE' },
    ]);
    const state = mediationState({ teams: [good, lacking] });
    server.use(...mediationHandlers(state));
    renderApp('/mediation?from=2025-01-01&to=2025-12-31');

    const stats = await screen.findByTestId('mediation-statistics');
    expect(await within(stats).findByTestId('stat-teams')).toHaveTextContent('15');
    expect(within(stats).getByTestId('stat-mediators')).toHaveTextContent('132');
    expect(within(stats).getByTestId('stat-women')).toHaveTextContent('41');
    // The rate names its base: successful of the concluded cases.
    expect(within(stats).getByTestId('stat-rate')).toHaveTextContent(
      '100%12/12 vụ đã kết thúc hòa giải',
    );
    expect(stats).toHaveTextContent('Kết quả hòa giải từ 01/01/2025 đến 31/12/2025');
    const asked = state.requests.find((r) => r.path === '/api/mediation/statistics')!;
    expect(Object.fromEntries(asked.query)).toEqual({ from: '2025-01-01', to: '2025-12-31' });

    const table = await screen.findByTestId('teams-table');
    const goodRow = within(table).getByTestId(`team-row-${good.id}`);
    expect(goodRow).toHaveTextContent('Nguyễn Văn Sơn');
    expect(within(goodRow).queryByTestId('team-warnings')).not.toBeInTheDocument();
    expect(within(goodRow).getByTestId('team-complete')).toHaveTextContent('Đủ thành phần');
    expect(within(goodRow).getByRole('link', { name: 'Tổ hòa giải Trung Hòa' })).toHaveAttribute(
      'href',
      `/mediation/teams/${good.id}`,
    );
    const warnings = within(within(table).getByTestId(`team-row-${lacking.id}`)).getByTestId(
      'team-warnings',
    );
    expect(warnings).toHaveTextContent('Dưới 3 hòa giải viên');
    expect(warnings).toHaveTextContent('Chưa có hòa giải viên nữ');
    expect(warnings).toHaveTextContent('Chưa có tổ trưởng');
    // Readers see everything but add nothing.
    expect(screen.queryByRole('button', { name: 'Thêm tổ hòa giải' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm vụ việc hòa giải' })).not.toBeInTheDocument();
  });

  it('reads the case filters from the URL, sends them with the period and writes changes back', async () => {
    db.me = meWith('mediation:read');
    const team = makeTeam({ name: 'Tổ hòa giải Trung Hòa' }, [...complete]);
    const state = mediationState({
      teams: [team],
      cases: [
        makeMediationCase({
          team: { id: team.id, name: team.name },
          title: 'Tranh chấp ranh giới',
        }),
      ],
    });
    server.use(...mediationHandlers(state));
    const { user, location } = renderApp(
      `/mediation?tab=cases&team=${team.id}&outcome=SUCCESSFUL&field=LAND&q=ranh&from=2026-01-01&to=2026-06-30`,
    );

    const table = await screen.findByTestId('mediation-cases-table');
    expect(within(table).getByText('Tranh chấp ranh giới')).toBeInTheDocument();
    const list = state.requests.find((r) => r.path === '/api/mediation/cases')!;
    expect(Object.fromEntries(list.query)).toMatchObject({
      teamId: team.id,
      outcome: 'SUCCESSFUL',
      field: 'LAND',
      q: 'ranh',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('ranh');
    expect(await screen.findByRole('combobox', { name: 'Tổ hòa giải' })).toHaveValue(
      'Tổ hòa giải Trung Hòa',
    );
    expect(screen.getByRole('combobox', { name: 'Kết quả' })).toHaveValue('Hòa giải thành');

    await user.click(screen.getByRole('combobox', { name: 'Kết quả' }));
    await user.click(await screen.findByRole('option', { name: 'Hòa giải không thành' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({
        tab: 'cases',
        outcome: 'UNSUCCESSFUL',
        field: 'LAND',
        q: 'ranh',
      }),
    );
    await waitFor(() => expect(state.requests.at(-1)?.query.get('outcome')).toBe('UNSUCCESSFUL'));

    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({ from: '2025-01-01', to: '2025-12-31' }),
    );
  });

  it('refuses a mediation case without a team, a title or the names of both parties', async () => {
    db.me = meWith('mediation:read', 'mediation:manage');
    const state = mediationState({ teams: [makeTeam({}, [...complete])] });
    server.use(...mediationHandlers(state));
    const { user } = renderApp('/mediation?tab=cases');

    await user.click(await screen.findByRole('button', { name: 'Thêm vụ việc hòa giải' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm vụ việc hòa giải' });
    // Two parties at least: neither of the first two can be removed.
    expect(within(dialog).getByRole('button', { name: 'Bỏ bên 1' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Bỏ bên 2' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn tổ hòa giải')).toBeInTheDocument();
    expect(within(dialog).getAllByText('Không được để trống')).toHaveLength(3);
    expect(state.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  // A long form filled field by field as a person would: allow a busy CI machine the time.
  it(
    'adds a mediation case with its parties, the mediators of its team and a linked letter',
    { timeout: 45_000 },
    async () => {
      db.me = meWith('mediation:read', 'mediation:manage');
      const team = makeTeam({ name: 'Tổ hòa giải Trung Hòa' }, [...complete]);
      const other = makeTeam({ name: 'Tổ hòa giải Tân Phú' }, [
        { fullName: 'Phạm Văn Bắc', gender: 'MALE' },
      ]);
      const letter = makeLetter({ number: '2026/0031' });
      const state = mediationState({ teams: [team, other], letters: [letter] });
      server.use(...mediationHandlers(state));
      const { user } = renderApp('/mediation?tab=cases');

      await user.click(await screen.findByRole('button', { name: 'Thêm vụ việc hòa giải' }));
      const dialog = await screen.findByRole('dialog', { name: 'Thêm vụ việc hòa giải' });
      await user.click(within(dialog).getByRole('combobox', { name: 'Tổ hòa giải' }));
      await user.click(await screen.findByRole('option', { name: 'Tổ hòa giải Trung Hòa' }));
      await user.click(within(dialog).getByRole('textbox', { name: /Tên vụ việc/ }));
      await user.paste('Tranh chấp lối đi chung');
      await user.click(within(dialog).getByRole('textbox', { name: /Họ tên bên 1/ }));
      await user.paste('Ông Nguyễn Văn Tâm');
      await user.click(within(dialog).getByRole('textbox', { name: /Họ tên bên 2/ }));
      await user.paste('Bà Lê Thị Mai');
      await user.click(within(dialog).getByRole('button', { name: 'Thêm một bên' }));
      await user.click(within(dialog).getByRole('textbox', { name: /Họ tên bên 3/ }));
      await user.paste('Ông Hoàng Văn Dũng');
      await user.click(within(dialog).getByRole('radio', { name: 'Hòa giải thành' }));
      await user.click(within(dialog).getByRole('textbox', { name: 'Nội dung thỏa thuận' }));
      await user.paste('Mở lối đi rộng 1,5 m');
      await user.click(within(dialog).getByRole('combobox', { name: 'Hòa giải viên tham gia' }));
      await user.click(await screen.findByRole('option', { name: 'Trần Thị Hà' }));
      expect(screen.queryByRole('option', { name: 'Phạm Văn Bắc' })).not.toBeInTheDocument();
      await user.click(within(dialog).getByRole('combobox', { name: /Đơn thư liên quan/ }));
      await user.paste('2026/0031');
      await user.click(await screen.findByRole('option', { name: /2026\/0031/ }));
      await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

      const table = await screen.findByTestId('mediation-cases-table');
      expect(await within(table).findByText('Tranh chấp lối đi chung')).toBeInTheDocument();
      const post = state.requests.find((r) => r.method === 'POST')!;
      expect(post.body).toMatchObject({
        teamId: team.id,
        title: 'Tranh chấp lối đi chung',
        parties: [
          { name: 'Ông Nguyễn Văn Tâm', address: null },
          { name: 'Bà Lê Thị Mai', address: null },
          { name: 'Ông Hoàng Văn Dũng', address: null },
        ],
        outcome: 'SUCCESSFUL',
        agreement: 'Mở lối đi rộng 1,5 m',
        referral: null,
        mediatorIds: [team.mediators[1]!.id],
        caseId: letter.id,
      });
      expect(within(table).getByRole('link', { name: 'Đơn thư 2026/0031' })).toHaveAttribute(
        'href',
        `/cases/${letter.id}`,
      );
    },
  );
});

describe('a mediation case whose letter is a denunciation', () => {
  it('shows its parties as protected in the edit form and never sends them back', async () => {
    db.me = meWith('mediation:read', 'mediation:manage');
    const team = makeTeam({}, [...complete]);
    const masked = { name: 'Người tố cáo (được bảo mật)', address: null };
    const found = makeMediationCase({
      team: { id: team.id, name: team.name },
      outcome: 'IN_PROGRESS',
      mediatedOn: null,
      agreement: null,
      parties: [masked, masked],
      identityProtected: true,
    });
    const state = mediationState({ teams: [team], cases: [found] });
    server.use(...mediationHandlers(state));
    const { user } = renderApp('/mediation?tab=cases');

    // The table and the phone cards both carry it.
    const [edit] = await screen.findAllByRole('button', { name: `Cập nhật ${found.title}` });
    await user.click(edit!);
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật vụ việc hòa giải' });
    expect(within(dialog).getByTestId('parties-protected')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(state.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = state.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.body).not.toHaveProperty('parties');
  });
});
