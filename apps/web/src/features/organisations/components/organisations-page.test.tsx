import { organisationSchema } from '@phoihop/shared/organisations';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const conflict = 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thử lại';

describe('organisations admin', () => {
  it('deactivates with the record version and reloads after a version conflict', async () => {
    const org = makeOrganisation({ name: 'Hội Cựu chiến binh phường', version: 3 });
    db.me = makeMe(['UNIT_ADMIN']);
    db.organisations = [org];
    const ifMatch: (string | null)[] = [];
    let listCalls = 0;
    server.use(
      http.get('*/api/organisations', () => {
        listCalls += 1;
        return HttpResponse.json({ items: db.organisations, nextCursor: null });
      }),
      http.patch('*/api/organisations/:id', ({ request }) => {
        ifMatch.push(request.headers.get('if-match'));
        // Someone else saved first: the record is now at version 4.
        db.organisations = [organisationSchema.parse({ ...org, version: 4 })];
        return problem('VERSION_CONFLICT', conflict);
      }),
    );
    const { user } = renderApp('/admin/organisations');

    const table = await screen.findByTestId('organisations-table');
    const callsBefore = listCalls;
    await user.click(within(table).getByRole('button', { name: 'Vô hiệu hóa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vô hiệu hóa?' });
    await user.click(within(dialog).getByRole('button', { name: 'Vô hiệu hóa' }));

    expect(await screen.findByText(conflict)).toBeInTheDocument();
    expect(ifMatch).toEqual(['"3"']);
    await waitFor(() => expect(listCalls).toBeGreaterThan(callsBefore));
  });

  it('keeps the filters in the URL', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    db.organisations = [makeOrganisation()];
    const { location } = renderApp('/admin/organisations?kind=WOMENS_UNION&active=false');
    await screen.findByTestId('organisations-table');
    expect(screen.getByRole('combobox', { name: 'Loại tổ chức' })).toHaveValue(
      'Hội Liên hiệp Phụ nữ',
    );
    expect(location().search).toMatchObject({ kind: 'WOMENS_UNION', active: false });
  });
});
