import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { committee, makeMeeting, makePetition } from '../testing/fixtures';
import { voterContactHandlers, voterContactState } from '../testing/handlers';

const councilOfficer = () => ({
  ...makeMe(['ORG_OFFICER']),
  permissions: ['voter-contact:manage', 'petition:answer'] as const,
});

function serve(state: ReturnType<typeof voterContactState>) {
  db.me = { ...councilOfficer(), permissions: [...councilOfficer().permissions] };
  db.organisations = [
    makeOrganisation({ ...committee, kind: 'PEOPLES_COMMITTEE' }),
    makeOrganisation({ name: 'Hội Nông dân phường', shortName: 'HND' }),
  ];
  server.use(...voterContactHandlers(state));
}

describe('voter-contact meeting', () => {
  it('records a petition, sends it to the People’s Committee with the version read, and links the export', async () => {
    const meeting = makeMeeting();
    const state = voterContactState({ meetings: [meeting] });
    serve(state);
    const { user } = renderApp(`/voter-contact/${meeting.id}`);

    const header = await screen.findByTestId('meeting-header');
    expect(header).toHaveTextContent('05/03/2026 · Nhà văn hóa tổ dân phố 3');
    expect(within(header).getByRole('link', { name: /Xuất Excel/ })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`/api/voter-meetings/${meeting.id}/petitions\\.xlsx$`)),
    );
    expect(
      screen.getByText('Chưa ghi nhận kiến nghị nào tại buổi tiếp xúc này.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm kiến nghị' }));
    const add = await screen.findByRole('dialog', { name: 'Thêm kiến nghị' });
    await user.click(within(add).getByRole('button', { name: 'Lưu' }));
    expect(await within(add).findByText('Không được để trống')).toBeInTheDocument();
    await user.click(within(add).getByRole('textbox', { name: /Nội dung kiến nghị/ }));
    await user.paste('Đề nghị lắp đèn chiếu sáng ngõ 12');
    await user.click(within(add).getByRole('combobox', { name: /Lĩnh vực/ }));
    await user.click(await screen.findByRole('option', { name: 'Hạ tầng, giao thông' }));
    await user.type(within(add).getByRole('textbox', { name: /Cử tri/ }), 'Ông Trần Văn Bảy');
    await user.click(within(add).getByRole('button', { name: 'Lưu' }));

    const row = await screen.findByTestId('petition-row');
    expect(row).toHaveTextContent('Đề nghị lắp đèn chiếu sáng ngõ 12');
    expect(row).toHaveTextContent('Mới ghi nhận');
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/voter-meetings/${meeting.id}/petitions`);
    expect(post.ifMatch).toBeNull();
    expect(post.body).toEqual({
      content: 'Đề nghị lắp đèn chiếu sáng ngõ 12',
      field: 'INFRASTRUCTURE',
      voterName: 'Ông Trần Văn Bảy',
    });

    await user.click(within(row).getByRole('button', { name: 'Chuyển cơ quan giải quyết' }));
    const send = await screen.findByRole('dialog', { name: /Chuyển kiến nghị/ });
    await user.click(within(send).getByRole('button', { name: 'Chuyển' }));
    expect(
      await within(send).findByText('Chọn cơ quan, tổ chức nhận hoặc ghi tên cơ quan nhận'),
    ).toBeInTheDocument();
    await user.click(within(send).getByRole('combobox', { name: /Cơ quan, tổ chức trong đơn vị/ }));
    await user.click(await screen.findByRole('option', { name: 'UBND phường' }));
    await user.click(within(send).getByRole('button', { name: 'Chuyển' }));

    await waitFor(() =>
      expect(screen.getByTestId('petition-row')).toHaveTextContent('UBND phường'),
    );
    const sent = screen.getByTestId('petition-row');
    expect(sent).toHaveTextContent('Đã chuyển, chờ trả lời');
    expect(sent).toHaveTextContent('hạn 04/04/2026');
    const postSend = state.requests.find((r) => r.path.endsWith('/send'))!;
    expect(postSend.ifMatch).toBe('"1"');
    expect(postSend.body).toMatchObject({
      addresseeOrganisationId: committee.id,
      field: 'INFRASTRUCTURE',
    });
  });

  it('lets the addressee answer with the version read, and says so when someone changed it first', async () => {
    const meeting = makeMeeting({ can: { manage: false } });
    const petition = makePetition({
      meeting: { id: meeting.id, heldOn: meeting.heldOn, kind: meeting.kind, location: 'x' },
      status: 'SENT',
      addressee: { organisation: committee, name: committee.name },
      sentOn: '2026-03-06',
      dueOn: '2026-03-09',
      overdue: true,
      can: { manage: false, answer: true },
      version: 3,
    });
    const state = voterContactState({ meetings: [meeting], petitions: [petition] });
    serve(state);
    const { user } = renderApp(`/voter-contact/${meeting.id}`);

    const row = await screen.findByTestId('petition-row');
    expect(row).toHaveTextContent('Quá hạn');
    expect(screen.queryByRole('button', { name: 'Thêm kiến nghị' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Chuyển cơ quan giải quyết' })).toBeNull();

    // Someone else answered meanwhile: the stored version moved on.
    state.petitions = [{ ...petition, version: 4 }];
    await user.click(within(row).getByRole('button', { name: 'Trả lời' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lời kiến nghị số 1' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Nội dung trả lời/ }),
      'Đã đưa vào kế hoạch sửa chữa quý II',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Số văn bản/ }), '45/UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Bản ghi vừa được người khác thay đổi'),
    ).toBeInTheDocument();
    expect(state.requests.find((r) => r.method === 'PUT')!.ifMatch).toBe('"3"');

    // The page reloaded the petition: the next try carries its new version.
    await waitFor(() =>
      expect(
        state.requests.filter((r) => r.path === `/api/voter-meetings/${meeting.id}`),
      ).toHaveLength(2),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByTestId('petition-row')).toHaveTextContent('Đã trả lời'));
    const puts = state.requests.filter((r) => r.method === 'PUT');
    expect(puts[1]!.path).toBe(`/api/voter-petitions/${petition.id}/answer`);
    expect(puts[1]!.ifMatch).toBe('"4"');
    expect(puts[1]!.body).toMatchObject({
      text: 'Đã đưa vào kế hoạch sửa chữa quý II',
      documentNumber: '45/UBND',
    });
    expect(screen.getByTestId('petition-row')).toHaveTextContent('Văn bản số 45/UBND');
  });
});
