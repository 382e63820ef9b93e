import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, makePlan, makeTaskRow } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

function setUp() {
  const plan = makePlan();
  const women = makeOrganisation({
    name: 'Hội Liên hiệp Phụ nữ phường Hoành Sơn',
    shortName: 'Hội LHPN phường',
  });
  const ubnd = makeOrganisation({
    name: 'Ủy ban nhân dân phường Hoành Sơn',
    shortName: 'UBND phường',
  });
  db.organisations = [ubnd, women];
  db.me = { ...makeMe(['ORG_OFFICER']), organisation: women };
  db.planTrees = [{ plan, items: [] }];
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/tasks', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [makeTaskRow({ planId: plan.id })], nextCursor: null });
    }),
  );
  return { plan, women, ubnd, requests };
}

describe('the task list’s organisation filter', () => {
  it('starts on the user’s own organisation and clears to every organisation', async () => {
    const { plan, women, requests } = setUp();
    const { user, location } = renderApp(`/plans/${plan.id}?tab=tasks`);
    const filter = await screen.findByRole('combobox', { name: 'Tổ chức' });
    await waitFor(() => expect(filter).toHaveValue('Hội LHPN phường'));
    await waitFor(() => expect(requests.at(-1)?.get('organisationId')).toBe(women.id));

    await user.click(screen.getByRole('button', { name: 'Tất cả tổ chức' }));
    await waitFor(() => expect(location().search).toMatchObject({ org: 'all' }));
    await waitFor(() => expect(requests.at(-1)?.get('organisationId')).toBeNull());
    expect(filter).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Chỉ tổ chức của tôi' }));
    await waitFor(() => expect(location().search).toMatchObject({ org: women.id }));
    expect(filter).toHaveValue('Hội LHPN phường');
  });

  it('finds an organisation by its full name, without accents', async () => {
    const { plan, requests } = setUp();
    const { user } = renderApp(`/plans/${plan.id}?tab=tasks&org=all`);
    const filter = await screen.findByRole('combobox', { name: 'Tổ chức' });
    await user.type(filter, 'phu nu');
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Hội LHPN phường']);
    await user.click(within(listbox).getByRole('option', { name: 'Hội LHPN phường' }));
    await waitFor(() => expect(requests.at(-1)?.get('organisationId')).not.toBeNull());
  });
});
