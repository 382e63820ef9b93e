import { caseActionBodySchema, caseIdentitySchema } from '@phoihop/shared/cases';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeCase, makeMaskedDenunciation } from '../testing/case-data';

function serveCase(kase: ReturnType<typeof makeCase>) {
  let loads = 0;
  server.use(
    http.get(`*/api/cases/${kase.id}`, () => {
      loads += 1;
      return HttpResponse.json(kase);
    }),
  );
  return { loads: () => loads };
}

describe('case page', () => {
  it('masks a denouncer for those who may not see them, with no way to reveal', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const kase = makeMaskedDenunciation();
    serveCase(kase);
    renderApp(`/cases/${kase.id}`);

    const header = await screen.findByTestId('case-header');
    expect(header).toHaveTextContent('Đơn số 2026/0002');
    expect(header).toHaveTextContent('Tố cáo');
    expect(header).toHaveTextContent('Do MTTQ chuyển đến');
    const petitioners = screen.getByTestId('case-petitioners');
    expect(petitioners).toHaveTextContent('Thông tin người tố cáo được bảo mật');
    expect(
      within(petitioners).queryByRole('button', { name: 'Xem danh tính người tố cáo' }),
    ).toBeNull();
    expect(within(petitioners).queryByTestId('petitioner')).toBeNull();
    expect(screen.getByTestId('case-attachments')).toHaveTextContent(
      'Tài liệu có bút tích người tố cáo (được bảo mật)',
    );
    // The legal clock with its basis.
    expect(screen.getByTestId('clock-acceptance')).toHaveTextContent('Hạn thụ lý: 23/02/2026');
    expect(screen.getByTestId('clock-acceptance')).toHaveTextContent('Trong hạn');
  });

  it('lets the handler reveal the identity on request, saying the view is logged', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const kase = makeMaskedDenunciation({ can: { edit: true, viewIdentity: true, attach: true } });
    serveCase(kase);
    let identityCalls = 0;
    const identity = caseIdentitySchema.parse({
      petitioners: [
        {
          id: kase.petitioners[0]!.id,
          fullName: 'Hoàng Thị Lan',
          address: 'Tổ dân phố 7',
          idNumber: '042190000333',
          phone: '0977000111',
          representative: false,
          masked: false,
        },
      ],
      attachments: [
        {
          file: { id: newId(), fileName: 'but-tich.pdf', mimeType: 'application/pdf', size: 10 },
          kind: 'LETTER',
          protected: true,
        },
      ],
    });
    server.use(
      http.get(`*/api/cases/${kase.id}/identity`, () => {
        identityCalls += 1;
        return HttpResponse.json(identity);
      }),
    );
    const { user } = renderApp(`/cases/${kase.id}`);

    const petitioners = await screen.findByTestId('case-petitioners');
    expect(petitioners).not.toHaveTextContent('Hoàng Thị Lan');
    expect(identityCalls).toBe(0);
    await user.click(
      within(petitioners).getByRole('button', { name: 'Xem danh tính người tố cáo' }),
    );

    expect(await within(petitioners).findByText('Hoàng Thị Lan')).toBeInTheDocument();
    expect(petitioners).toHaveTextContent('042190000333');
    expect(petitioners).toHaveTextContent('Lượt xem này đã được ghi vào nhật ký hệ thống');
    expect(screen.getByRole('button', { name: 'but-tich.pdf' })).toBeInTheDocument();
    expect(identityCalls).toBe(1);
  });

  it('sends a step with If-Match and says clearly when someone else changed the case (409)', async () => {
    db.me = {
      ...makeMe(['ORG_OFFICER']),
      permissions: ['case:read', 'case:register', 'case:process'],
    };
    const committee = makeOrganisation({
      kind: 'PEOPLES_COMMITTEE',
      name: 'UBND phường',
      shortName: 'UBND',
    });
    db.organisations = [committee];
    const kase = makeCase({
      version: 3,
      availableActions: ['classify', 'accept', 'decline', 'forward'],
    });
    const { loads } = serveCase(kase);
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.post(`*/api/cases/${kase.id}/actions`, async ({ request }) => {
        sent.push({
          ifMatch: request.headers.get('If-Match'),
          body: caseActionBodySchema.parse(await request.json()),
        });
        return problem('VERSION_CONFLICT', 'Dữ liệu đã bị người khác thay đổi');
      }),
    );
    const { user } = renderApp(`/cases/${kase.id}`);

    const actions = await screen.findByTestId('case-actions');
    await user.click(within(actions).getByRole('button', { name: 'Thụ lý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thụ lý' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Số văn bản' }), '15/TB-UBND');
    await user.click(within(dialog).getByRole('combobox', { name: 'Tổ chức giải quyết' }));
    await user.click(await screen.findByRole('option', { name: 'UBND' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Người xử lý' }));
    await user.click(await screen.findByRole('option', { name: 'Nguyễn Văn An' }));
    const loadsBefore = loads();
    await user.click(within(dialog).getByRole('button', { name: 'Thụ lý' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.ifMatch).toBe('"3"');
    expect(sent[0]!.body).toMatchObject({
      action: 'accept',
      documentNumber: '15/TB-UBND',
      assignedOrganisationId: committee.id,
      handlerId: db.me.user.id,
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Hồ sơ vừa được người khác thay đổi');
    expect(alert).toHaveTextContent('Hãy tải lại');
    // The case is reloaded so the next try starts from the current version.
    await waitFor(() => expect(loads()).toBeGreaterThan(loadsBefore));
    await user.click(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('requires the legal reason to decline and shows a refused step in words', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['case:read', 'case:process'] };
    const kase = makeCase({ availableActions: ['decline'] });
    serveCase(kase);
    const sent: unknown[] = [];
    server.use(
      http.post(`*/api/cases/${kase.id}/actions`, async ({ request }) => {
        sent.push(await request.json());
        return problem(
          'TRANSITION_NOT_ALLOWED',
          'Không thể thực hiện bước này ở trạng thái hiện tại',
        );
      }),
    );
    const { user } = renderApp(`/cases/${kase.id}`);

    await user.click(await screen.findByRole('button', { name: 'Không thụ lý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Không thụ lý' });
    await user.click(within(dialog).getByRole('button', { name: 'Không thụ lý' }));
    expect(await within(dialog).findAllByText('Không được để trống')).toHaveLength(2);
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: 'Căn cứ không thụ lý' }));
    await user.click(await screen.findByRole('option', { name: 'Hết thời hiệu' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Lý do' }),
      'Quá 90 ngày kể từ ngày biết quyết định',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Không thụ lý' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ action: 'decline', reasonCode: 'TIME_BARRED' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Không thể thực hiện bước này ở trạng thái hiện tại',
    );
  });

  it('shows only the steps the API allows', async () => {
    db.me = makeMe(['VIEWER']);
    const kase = makeCase({ availableActions: [] });
    serveCase(kase);
    renderApp(`/cases/${kase.id}`);
    expect(
      await screen.findByText('Không có bước nào bạn có thể thực hiện lúc này.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa' })).not.toBeInTheDocument();
  });

  it('shows the legally next step as a button and the other steps under "Thao tác khác"', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['case:read', 'case:process'] };
    // A new, unclassified letter: the steps the law allows at receipt.
    const kase = makeCase({
      kind: null,
      availableActions: [
        'classify',
        'decline',
        'forward',
        'guide',
        'file',
        'mark-duplicate',
        'assign',
        'pause',
        'withdraw',
      ],
    });
    serveCase(kase);
    const { user } = renderApp(`/cases/${kase.id}`);

    const actions = await screen.findByTestId('case-actions');
    const buttons = within(actions).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Phân loại', 'Thao tác khác']);
    await user.click(within(actions).getByRole('button', { name: 'Thao tác khác' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Không thụ lý',
      'Chuyển đơn',
      'Hướng dẫn công dân',
      'Lưu đơn (không xử lý)',
      'Đánh dấu đơn trùng',
      'Phân công',
      'Tạm dừng chờ bổ sung',
      'Rút đơn',
    ]);
    // Filing without handling is named apart from any "save".
    await user.click(screen.getByRole('menuitem', { name: 'Lưu đơn (không xử lý)' }));
    expect(
      await screen.findByRole('dialog', { name: 'Lưu đơn (không xử lý)' }),
    ).toBeInTheDocument();
  });

  it('after acceptance offers verification first, and puts the deadlines before the steps', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['case:read', 'case:handle'] };
    const kase = makeCase({
      status: 'ACCEPTED',
      availableActions: ['assign', 'set-complexity', 'pause', 'start-verification', 'withdraw'],
    });
    serveCase(kase);
    renderApp(`/cases/${kase.id}`);

    const actions = await screen.findByTestId('case-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Xác minh', 'Thao tác khác']);
    // On a phone the sections stack in document order: the deadline card comes first.
    const clocks = screen.getByTestId('case-clocks');
    expect(clocks.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('flags an unconfirmed default only on a running deadline, to those who act on the case, in body text', async () => {
    const processing = {
      key: 'processing' as const,
      days: 7,
      dayKind: 'working' as const,
      basis: 'Luật Tố cáo 2018, Điều 24',
      unconfirmed: true,
      from: '2026-02-10',
      extensionDays: 0,
      due: '2026-02-26',
      metOn: null,
      state: 'on-track' as const,
    };
    const met = {
      ...processing,
      key: 'acceptance' as const,
      state: 'met' as const,
      metOn: '2026-02-12',
    };
    const note =
      'Số ngày của thời hạn này là giá trị mặc định, chưa được quản trị hệ thống đối chiếu với văn bản luật. Nếu nghi ngờ, hãy hỏi quản trị hệ thống trước khi dựa vào hạn này.';

    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['case:read', 'case:process'] };
    const kase = makeCase({ clocks: [met, processing], availableActions: ['classify'] });
    serveCase(kase);
    renderApp(`/cases/${kase.id}`);

    const flags = await screen.findAllByTestId('clock-unconfirmed');
    expect(flags).toHaveLength(1);
    expect(within(screen.getByTestId('clock-processing')).getByText(note)).toBeInTheDocument();
    expect(within(screen.getByTestId('clock-acceptance')).queryByText(note)).toBeNull();
    // Body text (no colour of its own, so the page's 4.5:1 text contrast), not a yellow badge.
    const text = screen.getByText(note);
    expect(text.getAttribute('style') ?? '').not.toMatch(/color/);
    expect(text.closest('.mantine-Badge-root')).toBeNull();
  });

  it('does not flag unconfirmed defaults to a reader who takes no step', async () => {
    db.me = makeMe(['VIEWER']);
    const kase = makeCase({ availableActions: [] });
    kase.clocks = kase.clocks.map((c) => ({ ...c, unconfirmed: true }));
    serveCase(kase);
    renderApp(`/cases/${kase.id}`);
    await screen.findByTestId('clock-acceptance');
    expect(screen.queryByTestId('clock-unconfirmed')).toBeNull();
    expect(screen.queryByText('chưa xác nhận')).toBeNull();
  });
});
