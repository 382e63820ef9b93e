import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { committee, makePetition } from '../testing/fixtures';
import { voterContactHandlers, voterContactState } from '../testing/handlers';

describe('all voter petitions', () => {
  it('lists the ones still open by default, and every one once the switch is off (open=false in the URL)', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['voter-contact:manage'] };
    db.organisations = [makeOrganisation({ ...committee, kind: 'PEOPLES_COMMITTEE' })];
    const waiting = makePetition({ content: 'Đề nghị lắp đèn chiếu sáng ngõ 12' });
    const answered = makePetition({
      content: 'Đề nghị nạo vét mương năm 2025',
      status: 'ANSWERED',
      addressee: { organisation: committee, name: committee.name },
      sentOn: '2025-06-02',
      dueOn: '2025-07-02',
      can: { manage: false, answer: false },
    });
    const state = voterContactState({ petitions: [answered, waiting] });
    server.use(...voterContactHandlers(state));
    const { user, location } = renderApp('/voter-contact/petitions');

    expect(await screen.findByText('Đề nghị lắp đèn chiếu sáng ngõ 12')).toBeInTheDocument();
    expect(screen.queryByText('Đề nghị nạo vét mương năm 2025')).not.toBeInTheDocument();
    const open = screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' });
    expect(open).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Gửi đến tổ chức của tôi' })).not.toBeChecked();
    const lists = () => state.requests.filter((r) => r.path === '/api/voter-petitions');
    expect(lists().at(-1)!.query.get('open')).toBe('true');
    expect(location().search).toEqual({});

    await user.click(open);
    expect(await screen.findByText('Đề nghị nạo vét mương năm 2025')).toBeInTheDocument();
    expect(location().search).toEqual({ open: false });
    expect(lists().at(-1)!.query.has('open')).toBe(false);

    // A chosen status says which ones: the switch then stands aside.
    await user.click(open);
    await waitFor(() => expect(location().search).toEqual({}));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Đã trả lời' }));
    expect(await screen.findByText('Đề nghị nạo vét mương năm 2025')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' })).toBeDisabled();
    expect(Object.fromEntries(lists().at(-1)!.query)).toMatchObject({ status: 'ANSWERED' });
    expect(lists().at(-1)!.query.has('open')).toBe(false);
  });
});
