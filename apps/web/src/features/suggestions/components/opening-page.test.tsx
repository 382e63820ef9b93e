import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeOpening, makeSuggestion } from '../testing/fixtures';
import { suggestionsHandlers, suggestionsState } from '../testing/handlers';

const committee = makeOrganisation({
  kind: 'PEOPLES_COMMITTEE',
  name: 'Ủy ban nhân dân phường',
  shortName: 'UBND phường',
});

const withPermissions = (...permissions: string[]) => ({
  ...makeMe(['ORG_OFFICER']),
  permissions: permissions as never[],
});

function serve(state: ReturnType<typeof suggestionsState>) {
  db.organisations = [committee];
  state.organisations = [committee];
  server.use(...suggestionsHandlers(state));
}

describe('a suggestion-box opening', () => {
  it('shows an anonymous author as "Ẩn danh" and a signed one in full, and offers to open a case', async () => {
    db.me = withPermissions('suggestion:manage', 'case:register');
    const opening = makeOpening({ suggestionCount: 3 });
    const from = { opening: { id: opening.id, openedOn: opening.openedOn }, box: opening.box };
    const anonymous = makeSuggestion({
      ...from,
      summary: 'Phản ánh cán bộ địa chính gây khó dễ khi làm thủ tục',
      field: 'OFFICIALS',
      anonymous: true,
      author: null,
    });
    const signed = makeSuggestion({ ...from });
    const converted = makeSuggestion({
      ...from,
      summary: 'Khiếu nại việc thu hồi đất không bồi thường',
      status: 'CASE_OPENED',
      case: { id: newId(), number: '2026/0077' },
    });
    serve(suggestionsState({ openings: [opening], suggestions: [anonymous, signed, converted] }));
    renderApp(`/suggestions/openings/${opening.id}`);

    expect(await screen.findByTestId('opening-header')).toHaveTextContent(
      'Hòm thư trụ sở UBND phường · 02/03/2026',
    );
    const [first, second, third] = (await screen.findAllByTestId('suggestion-card')) as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(first).toHaveTextContent('Ẩn danh');
    expect(first).toHaveTextContent('Cán bộ, đảng viên');
    expect(first).not.toHaveTextContent('Không ghi tên người gửi');

    expect(second).toHaveTextContent('Trần Văn Lộc · Tổ dân phố 5 · 0912000111');
    expect(second).not.toHaveTextContent('Ẩn danh');
    expect(within(second).getByRole('link', { name: 'Chuyển thành đơn thư' })).toHaveAttribute(
      'href',
      `/cases/new?suggestionId=${signed.id}`,
    );

    expect(third).toHaveTextContent('Đã chuyển thành đơn thư');
    expect(within(third).getByRole('link', { name: 'Đơn thư 2026/0077' })).toHaveAttribute(
      'href',
      `/cases/${converted.case!.id}`,
    );
    expect(within(third).queryByRole('link', { name: 'Chuyển thành đơn thư' })).toBeNull();
    expect(within(third).queryByRole('button', { name: 'Chuyển' })).toBeNull();
  });

  it('forwards a suggestion to the People’s Committee with the version read', async () => {
    db.me = withPermissions('suggestion:manage');
    const opening = makeOpening();
    const suggestion = makeSuggestion({
      opening: { id: opening.id, openedOn: opening.openedOn },
      version: 2,
    });
    const state = suggestionsState({ openings: [opening], suggestions: [suggestion] });
    serve(state);
    const { user } = renderApp(`/suggestions/openings/${opening.id}`);

    const card = await screen.findByTestId('suggestion-card');
    // Opening a case needs case:register, which this reader lacks.
    expect(within(card).queryByRole('link', { name: 'Chuyển thành đơn thư' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Chuyển' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Chuyển thư góp ý đến cơ quan, tổ chức',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));
    expect(
      await within(dialog).findByText('Chọn cơ quan, tổ chức nhận hoặc ghi tên cơ quan nhận'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /trong đơn vị/ }));
    await user.click(await screen.findByRole('option', { name: 'UBND phường' }));
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));

    await waitFor(() =>
      expect(screen.getByTestId('suggestion-card')).toHaveTextContent('Đã chuyển UBND phường ngày'),
    );
    const forward = state.requests.find((r) => r.path.endsWith('/forward'))!;
    expect(forward.path).toBe(`/api/suggestions/${suggestion.id}/forward`);
    expect(forward.ifMatch).toBe('"2"');
    expect(forward.body).toMatchObject({ addresseeOrganisationId: committee.id });
  });

  it('lets the addressee answer a forwarded suggestion, and hides the author it may not see', async () => {
    db.me = withPermissions('suggestion:answer');
    const opening = makeOpening();
    const suggestion = makeSuggestion({
      opening: { id: opening.id, openedOn: opening.openedOn },
      anonymous: true,
      author: null,
      status: 'FORWARDED',
      forwardedTo: { organisation: committee, name: committee.name },
      forwardedOn: '2026-03-03',
      can: { manage: false, answer: true, viewIdentity: false },
      version: 5,
    });
    const state = suggestionsState({ openings: [opening], suggestions: [suggestion] });
    serve(state);
    const { user } = renderApp(`/suggestions/openings/${opening.id}`);

    const card = await screen.findByTestId('suggestion-card');
    expect(card).toHaveTextContent('Ẩn danh');
    expect(screen.queryByRole('button', { name: 'Thêm thư góp ý' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Chuyển' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Lưu hồ sơ' })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Trả lời' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lời thư góp ý' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Nội dung trả lời/ }),
      'UBND phường đã niêm yết thủ tục tại bộ phận một cửa',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(screen.getByTestId('suggestion-card')).toHaveTextContent('Đã trả lời'),
    );
    expect(screen.getByTestId('suggestion-card')).toHaveTextContent(
      'UBND phường đã niêm yết thủ tục tại bộ phận một cửa',
    );
    const put = state.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/api/suggestions/${suggestion.id}/answer`);
    expect(put.ifMatch).toBe('"5"');
  });
});

describe('a suggestion that became a denunciation', () => {
  it('shows its author as protected, and reveals it on request to one who may, each time asking the server', async () => {
    db.me = withPermissions('suggestion:manage');
    const opening = makeOpening();
    const suggestion = makeSuggestion({
      opening: { id: opening.id, openedOn: opening.openedOn },
      status: 'CASE_OPENED',
      case: { id: newId(), number: '2026/0091' },
      identityProtected: true,
      author: null,
      can: { manage: false, answer: false, viewIdentity: true },
    });
    const state = suggestionsState({
      openings: [opening],
      suggestions: [suggestion],
      authors: { [suggestion.id]: { name: 'Vũ Thị Góp Ý', address: 'Ngõ Hòm Thư', phone: null } },
    });
    serve(state);
    const { user } = renderApp(`/suggestions/openings/${opening.id}`);

    const card = await screen.findByTestId('suggestion-card');
    expect(within(card).getByTestId('author-masked')).toHaveTextContent(
      'Người tố cáo (được bảo mật)',
    );
    expect(card).not.toHaveTextContent('Vũ Thị Góp Ý');
    expect(state.requests.some((r) => r.path.endsWith('/author'))).toBe(false);

    await user.click(within(card).getByRole('button', { name: 'Xem danh tính' }));
    expect(await within(card).findByTestId('author-revealed')).toHaveTextContent(
      'Vũ Thị Góp Ý · Ngõ Hòm Thư',
    );
    expect(within(card).queryByRole('button', { name: 'Xem danh tính' })).toBeNull();
    expect(state.requests.filter((r) => r.path.endsWith('/author'))).toHaveLength(1);
  });

  it('offers no reveal to others', async () => {
    db.me = withPermissions('suggestion:manage');
    const opening = makeOpening();
    const suggestion = makeSuggestion({
      opening: { id: opening.id, openedOn: opening.openedOn },
      status: 'CASE_OPENED',
      identityProtected: true,
      author: null,
    });
    serve(suggestionsState({ openings: [opening], suggestions: [suggestion] }));
    renderApp(`/suggestions/openings/${opening.id}`);
    const card = await screen.findByTestId('suggestion-card');
    expect(card).toHaveTextContent('Người tố cáo (được bảo mật)');
    expect(within(card).queryByRole('button', { name: 'Xem danh tính' })).toBeNull();
  });
});
