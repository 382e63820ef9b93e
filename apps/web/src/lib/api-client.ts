import { problemSchema, setupRequiredCodes, type FieldError } from '@phoihop/shared/errors';
import type { z } from 'zod';
import { env } from '../config/env';
import { reportConnectionLost } from './connection';
import { currentLanguage, i18n } from './i18n';

/** A failed API call, parsed from the RFC 9457 problem body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly meta: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    fieldErrors?: FieldError[] | undefined;
    meta?: Record<string, unknown> | undefined;
    requestId?: string | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.meta = init.meta ?? {};
    this.requestId = init.requestId;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The request got no answer (offline, server down); worth retrying, unlike an HTTP refusal. */
export const isNetworkError = (error: unknown): boolean =>
  isApiError(error) && error.code === 'NETWORK';

let csrfToken: string | null = null;
/** Kept from the last /auth/me or login response; sent on every state-changing request. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onUnauthenticated: () => void = () => window.location.assign('/login');
export const setUnauthenticatedHandler = (handler: () => void) => {
  onUnauthenticated = handler;
};

let onSetupRequired: () => void = () => {};
/** Called when the API refuses a call until the account finishes setting up (see the codes). */
export const setSetupRequiredHandler = (handler: () => void) => {
  onSetupRequired = handler;
};
const isSetupRequired = (code: string) => (setupRequiredCodes as readonly string[]).includes(code);

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Multipart upload (attachments, plan import): sent as is, the browser sets the boundary. */
  formData?: FormData;
  query?: Record<string, QueryValue>;
  /** Record version for optimistic concurrency, sent as `If-Match: "<version>"`. */
  version?: number;
  /** Login and the session probe handle 401 themselves instead of redirecting. */
  redirectOn401?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(`${env.API_BASE}${path}`, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** The API's problem body as an ApiError (also for callers reading a response themselves). */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) {
    const p = parsed.data;
    return new ApiError({
      status: response.status,
      code: p.code,
      title: p.title,
      detail: p.detail,
      fieldErrors: p.errors,
      meta: p.meta,
      requestId: p.requestId,
    });
  }
  // Not a problem body (e.g. a proxy's HTML page): say something useful anyway.
  const code = response.status >= 500 ? 'UNAVAILABLE' : 'BAD_REQUEST';
  return new ApiError({ status: response.status, code, title: i18n.t(`errors.http.${code}`) });
}

export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions = {},
  schema?: S,
): Promise<S extends z.ZodType ? z.output<S> : void> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body:
        options.formData ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // No HTTP answer at all (fetch rejects with a TypeError): the network, not the server said no.
    reportConnectionLost();
    throw new ApiError({ status: 0, code: 'NETWORK', title: i18n.t('errors.network') });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.redirectOn401 !== false) onUnauthenticated();
    if (response.status === 403 && isSetupRequired(error.code)) onSetupRequired();
    throw error;
  }
  if (!schema || response.status === 204) return undefined as never;
  const data: unknown = await response.json();
  return schema.parse(data) as never;
}
