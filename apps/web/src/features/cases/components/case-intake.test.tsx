import { attachmentSchema } from '@phoihop/shared/plans';
import { createCaseBodySchema } from '@phoihop/shared/cases';
import { receptionVisitSchema } from '@phoihop/shared/reception';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { frontOrg, makeMe, makeOrganisation, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeCase, makeClockSettings } from '../testing/case-data';

const committee = makeOrganisation({
  kind: 'PEOPLES_COMMITTEE',
  name: 'UBND phường',
  shortName: 'UBND',
});
const front = makeOrganisation({ id: frontOrg.id, kind: 'FATHERLAND_FRONT', shortName: 'MTTQ' });

/** A People's Committee officer: registers and processes letters. */
const committeeOfficer = () => ({
  ...makeMe(['ORG_OFFICER']),
  organisation: {
    id: committee.id,
    name: committee.name,
    shortName: committee.shortName,
    kind: committee.kind,
  },
  permissions: ['case:read', 'case:register', 'case:process', 'case:statistics'] as const,
});

function serveIntake() {
  db.organisations = [committee, front];
  const created: unknown[] = [];
  const saved = makeCase({ id: newId(), number: '2026/0042' });
  server.use(
    http.get('*/api/cases/clock-settings', () =>
      HttpResponse.json(makeClockSettings('2026-02-10')),
    ),
    http.post('*/api/cases', async ({ request }) => {
      created.push(createCaseBodySchema.parse(await request.json()));
      return HttpResponse.json(saved, { status: 201 });
    }),
    http.get('*/api/cases/:id', () => HttpResponse.json(saved)),
  );
  return { created, saved };
}

async function choose(
  user: ReturnType<typeof renderApp>['user'],
  label: string | RegExp,
  option: string,
) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('letter intake', () => {
  it('shows the legal deadline live: a complaint received 10/02/2026 is accepted by 23/02/2026 across Tết', async () => {
    db.me = { ...committeeOfficer(), permissions: [...committeeOfficer().permissions] };
    serveIntake();
    const { user } = renderApp('/cases/new');

    const deadlines = await screen.findByTestId('live-deadlines');
    // Unclassified: the general 10 days to process a letter, an unconfirmed default; the preview
    // does not flag it (the legal settings and the case's handlers see that).
    expect(deadlines).toHaveTextContent('Hạn xử lý đơn: 23/02/2026');
    expect(deadlines).not.toHaveTextContent(/chưa xác nhận|quản trị hệ thống/);

    // 10 calendar days end on Fri 20/02, a Tết day off; the next working day is Mon 23/02.
    await choose(user, /Loại đơn/, 'Khiếu nại');
    await waitFor(() => expect(deadlines).toHaveTextContent('Hạn thụ lý: 23/02/2026'));
    expect(deadlines).toHaveTextContent(
      '10 ngày kể từ 10/02/2026, căn cứ Luật Khiếu nại 2011, Điều 27',
    );

    // 7 working days skip 16–20/02 (Tết) and the weekends: 11, 12, 13, 23, 24, 25, 26/02.
    await choose(user, /Loại đơn/, 'Tố cáo');
    await waitFor(() => expect(deadlines).toHaveTextContent('Hạn xử lý đơn: 26/02/2026'));
    expect(deadlines).toHaveTextContent('7 ngày làm việc kể từ 10/02/2026');
    expect(deadlines).not.toHaveTextContent(/chưa xác nhận|quản trị hệ thống/);

    // Several locations: 10 working days → 03/03/2026.
    await user.click(screen.getByRole('checkbox', { name: /nhiều địa điểm/ }));
    await waitFor(() => expect(deadlines).toHaveTextContent('Hạn xử lý đơn: 03/03/2026'));
  });

  it('says what is missing or wrong before sending anything', async () => {
    db.me = { ...committeeOfficer(), permissions: [...committeeOfficer().permissions] };
    const { created } = serveIntake();
    const { user } = renderApp('/cases/new');

    const form = await screen.findByRole('form', { name: 'Tiếp nhận đơn' });
    await user.type(within(form).getByRole('textbox', { name: /Số CMND\/CCCD/ }), '12345');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await within(form).findByText('Chọn lĩnh vực')).toBeInTheDocument();
    expect(within(form).getByText('Số CMND/CCCD gồm 9 hoặc 12 chữ số')).toBeInTheDocument();
    expect(within(form).getAllByText('Không được để trống')).toHaveLength(2); // summary, name
    expect(within(form).getByRole('textbox', { name: /Tóm tắt nội dung/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // An anonymous letter needs no sender; a forwarded one needs its organisation.
    await user.click(within(form).getByRole('checkbox', { name: /Đơn nặc danh/ }));
    await choose(user, 'Nguồn đơn', 'Do MTTQ chuyển đến');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Chọn tổ chức đã chuyển đơn')).toBeInTheDocument();
    expect(within(form).queryByText('Số CMND/CCCD gồm 9 hoặc 12 chữ số')).not.toBeInTheDocument();
    expect(created).toHaveLength(0);
  });

  it('uploads a scanned letter, marks it protected, saves the case and opens it', async () => {
    db.me = { ...committeeOfficer(), permissions: [...committeeOfficer().permissions] };
    const { created, saved } = serveIntake();
    const uploaded = attachmentSchema.parse({
      id: newId(),
      fileName: 'don-to-cao.pdf',
      mimeType: 'application/pdf',
      size: 1200,
      createdAt: '2026-02-10T02:00:00.000Z',
    });
    server.use(http.post('*/api/attachments', () => HttpResponse.json(uploaded, { status: 201 })));
    const { user, location } = renderApp('/cases/new');

    const form = await screen.findByRole('form', { name: 'Tiếp nhận đơn' });
    await choose(user, /Loại đơn/, 'Tố cáo');
    await choose(user, /Lĩnh vực/, 'Đất đai');
    await user.type(
      within(form).getByRole('textbox', { name: /Tóm tắt nội dung/ }),
      'Tố cáo cán bộ địa chính',
    );
    await user.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'Trần Thị Mai');
    await user.type(within(form).getByRole('textbox', { name: /Số CMND\/CCCD/ }), '042186000111');
    const file = new File(['%PDF-1.4'], 'don-to-cao.pdf', { type: 'application/pdf' });
    await user.upload(form.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    const row = await screen.findByTestId('intake-attachment-0');
    expect(row).toHaveTextContent('don-to-cao.pdf');
    await user.click(within(row).getByRole('checkbox', { name: /Bút tích/ }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      receivedOn: '2026-02-10',
      channel: 'DIRECT',
      kind: 'DENUNCIATION',
      field: 'LAND',
      summary: 'Tố cáo cán bộ địa chính',
      petitioners: [
        { fullName: 'Trần Thị Mai', idNumber: '042186000111', phone: null, address: null },
      ],
      attachments: [{ attachmentId: uploaded.id, kind: 'LETTER', protected: true }],
      anonymous: false,
      relatedCaseId: null,
    });
    await waitFor(() => expect(location().pathname).toBe(`/cases/${saved.id}`));
  });

  it('fixes the channel for a Front officer to "forwarded by the Front", from their organisation', async () => {
    db.me = {
      ...makeMe(['ORG_OFFICER']),
      permissions: ['case:read', 'case:register', 'case:statistics'],
    };
    const { created } = serveIntake();
    const { user } = renderApp('/cases/new');

    const form = await screen.findByRole('form', { name: 'Tiếp nhận đơn' });
    expect(within(form).getByRole('textbox', { name: 'Nguồn đơn' })).toHaveValue(
      'Do MTTQ chuyển đến',
    );
    expect(within(form).getByRole('textbox', { name: 'Nguồn đơn' })).toHaveAttribute('readonly');
    await choose(user, /Lĩnh vực/, 'Môi trường');
    await user.type(
      within(form).getByRole('textbox', { name: /Tóm tắt nội dung/ }),
      'Phản ánh khói bụi',
    );
    await user.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'Phạm Văn Tư');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      channel: 'FRONT_FORWARDED',
      sourceOrganisationId: front.id,
    });
  });

  it('opens a case from a citizen received at a reception session (?visitId=)', async () => {
    db.me = { ...committeeOfficer(), permissions: [...committeeOfficer().permissions] };
    const { created } = serveIntake();
    const visit = receptionVisitSchema.parse({
      id: newId(),
      sessionId: newId(),
      heldOn: '2026-02-05',
      citizenName: 'Nguyễn Văn Hùng',
      address: 'Tổ dân phố 5',
      idNumber: '042090000222',
      phone: '0988111222',
      masked: false,
      groupSize: 3,
      representative: 'Nguyễn Văn Hùng',
      content: 'Đề nghị xem xét lại việc bồi thường khi thu hồi đất',
      kind: 'COMPLAINT',
      field: 'LAND',
      documents: null,
      handling: null,
      result: null,
      case: null,
      officerName: null,
      can: { viewIdentity: false },
      version: 1,
      createdAt: '2026-02-05T02:00:00.000Z',
    });
    server.use(http.get(`*/api/reception/visits/${visit.id}`, () => HttpResponse.json(visit)));
    const { user } = renderApp(`/cases/new?visitId=${visit.id}`);

    const form = await screen.findByRole('form', { name: 'Tiếp nhận đơn' });
    expect(screen.getByText(/buổi tiếp công dân ngày 05\/02\/2026/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Nguyễn Văn Hùng');
    expect(within(form).getByRole('textbox', { name: /Tóm tắt nội dung/ })).toHaveValue(
      visit.content,
    );
    // 10 days from 05/02 end on Sun 15/02; Tết (16–20/02) and a weekend follow: Mon 23/02.
    expect(await screen.findByTestId('live-deadlines')).toHaveTextContent('Hạn thụ lý: 23/02/2026');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      receivedOn: '2026-02-05',
      channel: 'RECEPTION',
      kind: 'COMPLAINT',
      field: 'LAND',
      peopleCount: 3,
      receptionVisitId: visit.id,
      petitioners: [
        {
          fullName: 'Nguyễn Văn Hùng',
          idNumber: '042090000222',
          phone: '0988111222',
          representative: true,
        },
      ],
    });
  });
});
