import { expect, test } from '@playwright/test';
import { apiUrls } from '../../support/urls.ts';

test('[API]: /healthz và /readyz trả 200 trên cả hai tiến trình', async ({ request }) => {
  for (const base of apiUrls) {
    for (const probe of ['/healthz', '/readyz']) {
      const res = await request.get(`${base}${probe}`);
      expect(res.status(), `${base}${probe}`).toBe(200);
    }
  }
});

test('[API]: thân yêu cầu đăng nhập sai định dạng trả 400 problem+json VALIDATION_FAILED', async ({
  request,
}) => {
  const res = await request.post('/api/auth/login', { data: { username: '', password: 42 } });
  expect(res.status()).toBe(400);
  expect(res.headers()['content-type']).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { status: number; code: string; title: string };
  expect(body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  expect(body.title).not.toBe('');
});
