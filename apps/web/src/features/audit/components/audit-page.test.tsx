import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../lib/dates';
import { makeAuditEntry, makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';

describe('audit log', () => {
  it('shows time as dd/MM/yyyy HH:mm, the actor, the entity and the changes as JSON', async () => {
    const entry = makeAuditEntry({
      at: '2025-03-10T12:15:00.000Z',
      action: 'user.update',
      changes: { fullName: { from: 'Trần Bình', to: 'Trần Thị Bình' } },
    });
    db.me = makeMe(['UNIT_ADMIN']);
    db.audit = [entry];
    renderApp('/admin/audit');

    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByText(formatDateTime(entry.at))).toBeInTheDocument();
    expect(formatDateTime(entry.at)).toMatch(/^\d{2}\/03\/2025 \d{2}:\d{2}$/);
    expect(within(table).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(table).getByText('Người dùng')).toBeInTheDocument();
    expect(within(table).getByText(/"to": "Trần Thị Bình"/)).toBeInTheDocument();
  });
});
