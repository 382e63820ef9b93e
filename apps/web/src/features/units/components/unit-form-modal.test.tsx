import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('the shared schemas’ messages in English', () => {
  it('shows a form’s own validation messages in English', async () => {
    db.me = makeMe(['SYSTEM_ADMIN'], { locale: 'en' });
    await i18n.changeLanguage('en');
    const { user } = renderApp('/admin/units');
    await user.click(await screen.findByRole('button', { name: 'Add unit' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Unit code/), 'HS');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByLabelText(/^Unit name/)).toHaveAccessibleDescription('Required');
    expect(within(dialog).queryByText('Không được để trống')).not.toBeInTheDocument();
  });

  it('translates a field error the API sent in Vietnamese', async () => {
    db.me = makeMe(['SYSTEM_ADMIN'], { locale: 'en' });
    await i18n.changeLanguage('en');
    server.use(
      http.post('*/api/units', () =>
        problem('VALIDATION_FAILED', 'Invalid data', {
          errors: [{ path: 'body.name', message: 'Tối đa 200 ký tự' }],
        }),
      ),
    );
    const { user } = renderApp('/admin/units');
    await user.click(await screen.findByRole('button', { name: 'Add unit' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Unit code/), 'HS');
    await user.type(within(dialog).getByLabelText(/^Unit name/), 'Ward Hoanh Son');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('At most 200 characters')).toBeInTheDocument();
  });
});
