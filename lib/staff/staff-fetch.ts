// The staff pages' calls to the staff APIs, from the browser. A refusal becomes a StaffApiError with
// the portal's message and field errors; a lost session sends the person to sign in again.
export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
}

export async function staffFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new StaffApiError(0, 'The portal could not be reached. Check the connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as T & {
    message?: string;
    errors?: Array<{ field: string; message: string }>;
  };
  if (response.status === 401) {
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
  }
  if (!response.ok) throw new StaffApiError(response.status, body.message ?? 'Something went wrong.', body.errors);
  return body;
}
