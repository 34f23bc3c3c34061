/**
 * Fetching a feed: abortable, with a timeout, and one error type whose `kind` tells the element
 * which message to show (and whether Retry makes sense).
 */

/** Why a feed could not be loaded. */
export type LoadErrorKind = 'not-found' | 'server' | 'http' | 'timeout' | 'network' | 'not-json' | 'aborted';

/** A failed load: `kind` says what went wrong, `status` is the HTTP status when there was one. */
export class LoadError extends Error {
  /** What went wrong. */
  readonly kind: LoadErrorKind;
  /** The HTTP status of the response, or null when there was none (timeout, network, abort). */
  readonly status: number | null;

  constructor(kind: LoadErrorKind, message: string, status: number | null = null) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.status = status;
  }
}

/** The default time a load may take before it fails with kind 'timeout', in ms. */
export const DEFAULT_TIMEOUT = 15_000;

/** Options of `loadJson`. */
export interface LoadOptions {
  /** Aborting it rejects with kind 'aborted'. */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with kind 'timeout' (default 15,000, body included). */
  timeout?: number;
}

/** JSON.parse with the finder's error: a truncated or non-JSON body (an HTML error page) is 'not-json'. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.trimStart().slice(0, 1);
    const what = start === '<' ? 'an HTML page' : start === '{' || start === '[' ? 'truncated or invalid JSON' : 'not JSON';
    throw new LoadError('not-json', `The response is ${what}.`);
  }
}

/**
 * GETs `url` and parses the body as JSON. Sends cookies only to the same origin and asks for
 * JSON; rejects with a `LoadError` (never another error) for 404/410 ('not-found'), 5xx
 * ('server'), any other non-2xx ('http'), the timeout ('timeout'), a network failure
 * ('network'), a body that is not JSON ('not-json') or the caller's abort ('aborted').
 */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal } = options;
  const timeout =
    typeof options.timeout === 'number' && Number.isFinite(options.timeout) && options.timeout > 0
      ? options.timeout
      : DEFAULT_TIMEOUT;
  if (signal?.aborted) throw new LoadError('aborted', 'The request was cancelled.');

  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);

  // Errors thrown by fetch differ between browsers (TypeError, DOMException AbortError…); the
  // flags above, not the error's type, say which of ours it was.
  const failure = (error: unknown): LoadError => {
    if (error instanceof LoadError) return error;
    if (timedOut) return new LoadError('timeout', `No answer within ${Math.round(timeout / 100) / 10} s.`);
    if (signal?.aborted) return new LoadError('aborted', 'The request was cancelled.');
    return new LoadError('network', 'The network request failed.');
  };

  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const { status } = response;
      // Drop the body unread; the status says enough.
      response.body?.cancel().catch(() => undefined);
      if (status === 404 || status === 410) throw new LoadError('not-found', `Not found (HTTP ${status}).`, status);
      if (status >= 500) throw new LoadError('server', `Server error (HTTP ${status}).`, status);
      throw new LoadError('http', `Request refused (HTTP ${status}).`, status);
    }
    const text = await response.text();
    return parseJsonText(text);
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
