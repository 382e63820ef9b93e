import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('plan import', () => {
  it('lists every problem of a refused file by row and column', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const queries: string[] = [];
    server.use(
      http.post('*/api/plans/import', ({ request }) => {
        queries.push(new URL(request.url).search);
        return problem('VALIDATION_FAILED', 'Tệp nhập có 2 lỗi, chưa ghi gì vào kế hoạch', {
          meta: {
            problems: [
              { row: 3, column: 'Chủ trì', message: 'Không có tổ chức “Hội ND”' },
              { row: 7, column: 'Hạn hoàn thành', message: 'Ngày không hợp lệ (dd/mm/yyyy)' },
            ],
          },
        });
      }),
    );
    const { user } = renderApp('/plans/import');

    await screen.findByRole('heading', { name: 'Nhập kế hoạch từ Excel' });
    // Mantine's FileInput is a button; the real file input beside it is hidden.
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(
      input,
      new File(['{}'], 'ke-hoach.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const table = await screen.findByTestId('import-problems');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['3', 'Chủ trì', 'Không có tổ chức “Hội ND”'],
      ['7', 'Hạn hoàn thành', 'Ngày không hợp lệ (dd/mm/yyyy)'],
    ]);
    expect(screen.getByText('Tệp có 2 lỗi, chưa ghi gì')).toBeInTheDocument();
    expect(queries[0]).toContain('dryRun=true');
    // Nothing to write while the file has problems.
    expect(screen.queryByRole('button', { name: 'Nhập' })).not.toBeInTheDocument();
  });
});
