import { userSchema } from '@phoihop/shared/users';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUser } from '../testing/data';
import { problem } from '../testing/problem';
import { server } from '../testing/server';
import { ApiError, apiRequest, setCsrfToken, setUnauthenticatedHandler } from './api-client';
import { i18n } from './i18n';

afterEach(() => setCsrfToken(null));

describe('apiRequest', () => {
  it('sends the CSRF token, If-Match and the UI language on a PATCH', async () => {
    const user = makeUser({ version: 4 });
    let seen: Headers | undefined;
    let body: unknown;
    server.use(
      http.patch('*/api/users/:id', async ({ request }) => {
        seen = request.headers;
        body = await request.json();
        return HttpResponse.json(
          userSchema.parse({ ...user, fullName: 'Lê Văn Cường', version: 4 }),
        );
      }),
    );
    setCsrfToken('tok-123');
    await i18n.changeLanguage('en');

    const result = await apiRequest(
      `/users/${user.id}`,
      { method: 'PATCH', body: { fullName: 'Lê Văn Cường' }, version: 3 },
      userSchema,
    );

    expect(result.fullName).toBe('Lê Văn Cường');
    expect(body).toEqual({ fullName: 'Lê Văn Cường' });
    expect(seen?.get('x-csrf-token')).toBe('tok-123');
    expect(seen?.get('if-match')).toBe('"3"');
    expect(seen?.get('accept-language')).toBe('en');
    expect(seen?.get('content-type')).toBe('application/json');
  });

  it('does not send the CSRF token on a GET', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get('*/api/units', ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    setCsrfToken('tok-123');
    await apiRequest('/units', { query: { q: 'Bến Nghé', active: undefined } });
    expect(seen?.get('x-csrf-token')).toBeNull();
  });

  it('turns a problem+json body into an ApiError with field errors', async () => {
    server.use(
      http.post('*/api/users', () =>
        problem('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', {
          errors: [{ path: 'username', message: 'Tên đăng nhập đã được dùng' }],
        }),
      ),
    );
    const error = await apiRequest('/users', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Dữ liệu không hợp lệ',
      fieldErrors: [{ path: 'username', message: 'Tên đăng nhập đã được dùng' }],
    });
  });

  it('reports a version conflict with its code', async () => {
    server.use(
      http.patch('*/api/organisations/:id', () =>
        problem('VERSION_CONFLICT', 'Bản ghi đã được người khác thay đổi'),
      ),
    );
    await expect(
      apiRequest('/organisations/x', { method: 'PATCH', body: {}, version: 1 }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'VERSION_CONFLICT',
    });
  });

  it('still gives an ApiError when the body is not problem+json', async () => {
    server.use(
      http.get('*/api/units', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(apiRequest('/units')).rejects.toMatchObject({ status: 502, code: 'UNAVAILABLE' });
  });

  it('asks for a new sign-in on 401, except where the caller opts out', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    server.use(http.get('*/api/users', () => problem('UNAUTHENTICATED', 'Vui lòng đăng nhập')));

    await expect(apiRequest('/users')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);

    await expect(apiRequest('/users', { redirectOn401: false })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
