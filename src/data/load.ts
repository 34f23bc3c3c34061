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
    const start = text.trimStart()[0];
    throw new LoadError('not-json', start === '<' ? 'An HTML page, not JSON.' : start === '{' || start === '[' ? 'JSON truncated or invalid.' : 'Not JSON.');
  }
}

/**
 * GETs `url` and parses the body as JSON. Sends cookies only to the same origin and asks for
 * JSON; rejects with a `LoadError` (never another error) for 404/410 ('not-found'), 5xx
 * ('server'), any other non-2xx ('http'), the timeout ('timeout'), a network failure
 * ('network'), a body that is not JSON ('not-json') or the caller's abort ('aborted').
 */
export async function loadJson(url: string, { signal, timeout }: LoadOptions = {}): Promise<unknown> {
  const ms = typeof timeout === 'number' && timeout > 0 && timeout < Infinity ? timeout : 15_000;
  const controller = new AbortController();
  let timedOut = false;
  const abort = (): void => controller.abort();
  signal?.addEventListener('abort', abort);
  // An aborted signal makes fetch reject at once, reported below as 'aborted'.
  if (signal?.aborted) abort();
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, ms);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const { status } = response;
    if (!response.ok) {
      // Drop the body unread; the status says enough.
      response.body?.cancel().catch(() => undefined);
      throw new LoadError(status === 404 || status === 410 ? 'not-found' : status >= 500 ? 'server' : 'http', `HTTP ${status}.`, status);
    }
    return parseJsonText(await response.text());
  } catch (error) {
    // Errors thrown by fetch differ between browsers (TypeError, DOMException AbortError…); the
    // flags, not the error's type, say which of ours it was.
    throw error instanceof LoadError
      ? error
      : timedOut
        ? new LoadError('timeout', `No answer within ${ms} ms.`)
        : signal?.aborted
          ? new LoadError('aborted', 'Cancelled.')
          : new LoadError('network', 'Network failure.');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
