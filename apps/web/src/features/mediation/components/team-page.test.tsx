import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeMediationCase, makeTeam, meWith } from '../testing/fixtures';
import { mediationHandlers, mediationState } from '../testing/handlers';

describe('mediation team', () => {
  it('lists the mediators and clears the warning once a woman joins the team', async () => {
    db.me = meWith('mediation:read', 'mediation:manage');
    const team = makeTeam({ name: 'Tổ hòa giải Trung Hòa', decisionNumber: '15/QĐ-UBND' }, [
      {
        fullName: 'Nguyễn Văn Sơn',
        gender: 'MALE',
        role: 'LEADER',
        ethnicMinority: true,
        phone: '0912000111',
      },
      { fullName: 'Lê Văn Nam', gender: 'MALE' },
      { fullName: 'Hồ Văn Lực', gender: 'MALE', active: false },
    ]);
    const state = mediationState({
      teams: [team],
      cases: [
        makeMediationCase({
          team: { id: team.id, name: team.name },
          title: 'Tranh chấp tường rào',
        }),
      ],
    });
    server.use(...mediationHandlers(state));
    const { user } = renderApp(`/mediation/teams/${team.id}`);

    const header = await screen.findByTestId('team-header');
    expect(header).toHaveTextContent('Quyết định số 15/QĐ-UBND');
    expect(header).toHaveTextContent('2 hòa giải viên, 0 nữ');
    const warnings = within(header).getByTestId('team-warnings');
    expect(warnings).toHaveTextContent('Dưới 3 hòa giải viên');
    expect(warnings).toHaveTextContent('Chưa có hòa giải viên nữ');
    expect(warnings).not.toHaveTextContent('Chưa có tổ trưởng');

    const rows = within(screen.getByTestId('mediators-table')).getAllByTestId('mediator-row');
    expect(rows[0]).toHaveTextContent('Nguyễn Văn Sơn');
    expect(rows[0]).toHaveTextContent('Tổ trưởng');
    expect(rows[0]).toHaveTextContent('0912000111');
    expect(rows[2]).toHaveTextContent('Đã thôi tham gia');
    expect(
      within(screen.getByTestId('mediation-cases-table')).getByText('Tranh chấp tường rào'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm hòa giải viên' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hòa giải viên' });
    await user.click(within(dialog).getByRole('textbox', { name: /Họ và tên/ }));
    await user.paste('Trần Thị Hà');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(screen.getByTestId('team-header')).toHaveTextContent('3 hòa giải viên, 1 nữ'),
    );
    expect(screen.queryByTestId('team-warnings')).not.toBeInTheDocument();
    expect(screen.getByTestId('team-complete')).toHaveTextContent('Đủ thành phần');
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/mediation/teams/${team.id}/mediators`);
    expect(post.body).toMatchObject({ fullName: 'Trần Thị Hà', gender: 'FEMALE', role: 'MEMBER' });
  });

  it('edits the team and a mediator with the versions they were read at', async () => {
    db.me = meWith('mediation:read', 'mediation:manage');
    const team = makeTeam({ name: 'Tổ hòa giải Tân Phú', version: 3 }, [
      { fullName: 'Nguyễn Văn Sơn', gender: 'MALE', role: 'LEADER', version: 2 },
    ]);
    const state = mediationState({ teams: [team] });
    server.use(...mediationHandlers(state));
    const { user } = renderApp(`/mediation/teams/${team.id}`);

    await user.click(await screen.findByRole('button', { name: 'Sửa tổ hòa giải' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tổ hòa giải' });
    const area = within(dialog).getByRole('textbox', { name: /Địa bàn/ });
    await user.clear(area);
    await user.paste('Tổ dân phố Tân Phú 2');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(screen.getByTestId('team-header')).toHaveTextContent('Tổ dân phố Tân Phú 2'),
    );

    await user.click(
      within(screen.getByTestId('mediators-table')).getByRole('button', {
        name: 'Sửa Nguyễn Văn Sơn',
      }),
    );
    const edit = await screen.findByRole('dialog', { name: 'Sửa hòa giải viên' });
    const serving = within(edit).getByRole('switch', { name: 'Đang tham gia' });
    expect(serving).toBeChecked();
    await user.click(serving);
    await user.click(within(edit).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(screen.getByTestId('mediator-row')).toHaveTextContent('Đã thôi tham gia'),
    );
    // The team lost its only leader: the page says so.
    expect(screen.getByTestId('team-warnings')).toHaveTextContent('Chưa có tổ trưởng');

    const [teamPatch, mediatorPatch] = state.requests.filter((r) => r.method === 'PATCH');
    expect(teamPatch).toMatchObject({
      ifMatch: '"3"',
      body: { area: 'Tổ dân phố Tân Phú 2', active: true },
    });
    expect(mediatorPatch).toMatchObject({ ifMatch: '"2"', body: { active: false } });
  });

  it('shows readers the team without edit controls', async () => {
    db.me = meWith('mediation:read');
    const team = makeTeam({}, [{ fullName: 'Nguyễn Văn Sơn', gender: 'MALE', role: 'LEADER' }]);
    server.use(...mediationHandlers(mediationState({ teams: [team] })));
    renderApp(`/mediation/teams/${team.id}`);
    await screen.findByTestId('mediators-table');
    expect(screen.queryByRole('button', { name: 'Sửa tổ hòa giải' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm hòa giải viên' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa Nguyễn Văn Sơn' })).not.toBeInTheDocument();
  });
});
