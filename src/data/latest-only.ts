// Its own module, apart from api.ts: the finder does not use it, so the finder's chunk leaves it out.
import { LoadError } from './load.js';

/**
 * Runs one request at a time: starting a new one aborts the previous, so a slow answer to an
 * old query can never overwrite the results of a newer one (it rejects with kind 'aborted').
 *
 * @example
 * const latest = new LatestOnly();
 * const page = await latest.run((signal) => fetchServicesPage(base, { search }, { signal }));
 */
export class LatestOnly {
  private _controller: AbortController | null = null;

  /** Aborts the running task, if any, and starts `task` with a fresh signal. */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.abort();
    const controller = (this._controller = new AbortController());
    // A task that ignores its signal can still finish late: its answer is stale all the same.
    const stale = (error?: unknown): never => {
      throw controller.signal.aborted && !(error instanceof LoadError) ? new LoadError('aborted', 'Superseded.') : error;
    };
    return task(controller.signal)
      .then((value) => (controller.signal.aborted ? stale() : value), stale)
      .finally(() => {
        if (this._controller === controller) this._controller = null;
      });
  }

  /** Aborts the running task, if any. */
  abort(): void {
    this._controller?.abort();
    this._controller = null;
  }
}
