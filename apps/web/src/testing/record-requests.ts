/** A request a fake API answered, kept for a test to check what the app sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  ifMatch: string | null;
  body: unknown;
}

/**
 * The `record(request)` of a feature's fake API: keeps the request in `requests` and returns its
 * JSON body (undefined for a GET or a body that is not JSON, such as a file upload).
 */
export function requestRecorder(requests: RecordedRequest[]) {
  return async (request: Request): Promise<unknown> => {
    const url = new URL(request.url);
    const json = request.headers.get('content-type')?.includes('application/json');
    const body: unknown =
      request.method === 'GET' || !json ? undefined : await request.clone().json();
    requests.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      ifMatch: request.headers.get('if-match'),
      body,
    });
    return body;
  };
}
