import { caseSchema, createCaseBodySchema } from '@phoihop/shared/cases';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { frontOrg, makeMe, makeOrganisation, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeCase, makeClockSettings } from '../../cases/testing/case-data';
import { makeSuggestion } from '../testing/fixtures';
import { suggestionsHandlers, suggestionsState } from '../testing/handlers';

describe('a suggestion that is in fact a complaint', () => {
  it('opens the intake form prefilled from the suggestion and sends its id with the suggestion-box channel', async () => {
    // A Front officer: registers letters and keeps the box.
    db.me = {
      ...makeMe(['ORG_OFFICER']),
      permissions: ['case:read', 'case:register', 'suggestion:manage', 'suggestion:view-author'],
    };
    db.organisations = [makeOrganisation({ id: frontOrg.id, kind: 'FATHERLAND_FRONT' })];
    const suggestion = makeSuggestion({
      summary: 'Khiếu nại việc UBND phường thu hồi đất không bồi thường',
      field: 'GOVERNMENT',
      opening: { id: newId(), openedOn: '2026-03-02' },
    });
    server.use(...suggestionsHandlers(suggestionsState({ suggestions: [suggestion] })));
    const created: unknown[] = [];
    server.use(
      http.get('*/api/cases/clock-settings', () =>
        HttpResponse.json(makeClockSettings('2026-03-10')),
      ),
      http.post('*/api/cases', async ({ request }) => {
        const body = createCaseBodySchema.parse(await request.json());
        created.push(body);
        return HttpResponse.json(caseSchema.parse(makeCase({ id: newId(), number: '2026/0090' })), {
          status: 201,
        });
      }),
      http.get('*/api/cases/:id', () => HttpResponse.json(makeCase({ number: '2026/0090' }))),
    );
    const { user } = renderApp(`/cases/new?suggestionId=${suggestion.id}`);

    const form = await screen.findByRole('form', { name: 'Tiếp nhận đơn' });
    expect(
      screen.getByText(/Hòm thư trụ sở UBND phường, mở ngày 02\/03\/2026/),
    ).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Nguồn đơn/ })).toHaveValue('Hòm thư góp ý');
    expect(within(form).getByRole('textbox', { name: /Tóm tắt nội dung/ })).toHaveValue(
      'Khiếu nại việc UBND phường thu hồi đất không bồi thường',
    );
    expect(within(form).getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Trần Văn Lộc');

    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await screen.findByText(/2026\/0090/);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      channel: 'SUGGESTION_BOX',
      suggestionId: suggestion.id,
      receivedOn: '2026-03-02',
      field: 'ADMINISTRATION',
      summary: 'Khiếu nại việc UBND phường thu hồi đất không bồi thường',
      petitioners: [{ fullName: 'Trần Văn Lộc', address: 'Tổ dân phố 5', phone: '0912000111' }],
      sourceOrganisationId: null,
    });
  });

  it('says a suggestion already opened as a letter is linked to it, and who may open one, instead of a form', async () => {
    db.me = {
      ...makeMe(['ORG_OFFICER']),
      permissions: ['case:read', 'case:register', 'suggestion:manage'],
    };
    db.organisations = [makeOrganisation({ id: frontOrg.id, kind: 'FATHERLAND_FRONT' })];
    const opened = makeSuggestion({
      status: 'CASE_OPENED',
      case: { id: newId(), number: '2026/0010' },
    });
    const plain = makeSuggestion();
    server.use(
      ...suggestionsHandlers(suggestionsState({ suggestions: [opened, plain] })),
      http.get('*/api/cases/clock-settings', () =>
        HttpResponse.json(makeClockSettings('2026-03-10')),
      ),
    );
    const first = renderApp(`/cases/new?suggestionId=${opened.id}`);
    expect(await screen.findByText(/đã được chuyển thành đơn thư/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem đơn thư 2026/0010' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Tiếp nhận đơn' })).not.toBeInTheDocument();
    first.unmount();

    // A People's Committee officer registers letters, but does not keep the box.
    db.me = {
      ...makeMe(['ORG_OFFICER']),
      permissions: ['case:read', 'case:register', 'case:process'],
    };
    renderApp(`/cases/new?suggestionId=${plain.id}`);
    expect(await screen.findByText(/Chỉ cán bộ Ủy ban Mặt trận Tổ quốc/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Tiếp nhận đơn' })).not.toBeInTheDocument();
  });
});
