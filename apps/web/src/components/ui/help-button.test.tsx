import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { makeMe } from '../../testing/data';
import { db } from '../../testing/db';
import { renderApp } from '../../testing/render-app';
import { server } from '../../testing/server';
import { guideAreaOf } from '../../config/guide-areas';

describe('built-in guide', () => {
  it("opens the area's guide from the page header: what it is for and its legal basis", async () => {
    db.me = makeMe(['ORG_OFFICER']);
    server.use(http.get('*/api/cases', () => HttpResponse.json({ items: [], nextCursor: null })));
    const { user } = renderApp('/cases');

    await user.click(await screen.findByRole('button', { name: 'Hướng dẫn' }));
    const drawer = await screen.findByRole('dialog', { name: 'Hướng dẫn: Đơn thư' });
    expect(drawer).toHaveTextContent('Danh tính người tố cáo được bảo mật');
    expect(within(drawer).getByRole('heading', { name: 'Căn cứ' })).toBeInTheDocument();
    expect(drawer).toHaveTextContent('Luật Tố cáo số 25/2018/QH14');
    expect(drawer).toHaveTextContent('Luật Khiếu nại số 02/2011/QH13');
  });

  it('speaks English to an English-speaking account', async () => {
    db.me = makeMe(['ORG_OFFICER'], { locale: 'en' });
    try {
      const { user } = renderApp('/reception');
      await user.click(await screen.findByRole('button', { name: 'Guide' }));
      const drawer = await screen.findByRole('dialog', { name: 'Guide: Citizen reception' });
      expect(drawer).toHaveTextContent('Law on Citizen Reception No. 42/2013/QH13');
    } finally {
      // The account's language was applied to the whole screen.
      await i18n.changeLanguage('vi');
    }
  });

  it('has a guide for every main area, and none where there is no area', () => {
    expect(guideAreaOf('/plans/my-tasks')).toBe('plans');
    expect(guideAreaOf('/supervision/recommendations')).toBe('supervision');
    expect(guideAreaOf('/voter-contact/petitions')).toBe('voterContact');
    expect(guideAreaOf('/admin/users')).toBe('admin');
    expect(guideAreaOf('/casesx')).toBeNull();
    expect(guideAreaOf('/account/security')).toBeNull();
  });
});
