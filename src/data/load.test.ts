import { expect } from '@open-wc/testing';
import { LoadError, loadJson, parseJsonText } from './load.js';

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadJson', () => {
  it('loads and parses a JSON file', async () => {
    const data = (await loadJson(new URL('./fixtures/service_full.json', import.meta.url).href)) as { name: string };
    expect(data.name).to.equal('Community Counselling');
  });

  it('reports a 404 as not-found', async () => {
    const error = await failure(loadJson('/hsds-fixtures/not-found.json'));
    expect(error).to.deep.include({ kind: 'not-found', status: 404 });
  });

  it('reports a 500 as a server error', async () => {
    const error = await failure(loadJson('/hsds-fixtures/server-error.json'));
    expect(error).to.deep.include({ kind: 'server', status: 500 });
  });

  it('reports a truncated JSON body as not-json', async () => {
    const error = await failure(loadJson('/hsds-fixtures/bad.json'));
    expect(error).to.deep.include({ kind: 'not-json', status: null });
    expect(error.message).to.match(/truncated/);
  });

  it('reports an HTML page as not-json', async () => {
    const error = await failure(loadJson('/hsds-fixtures/html.json'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.match(/HTML/);
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadJson('/hsds-fixtures/slow.json', { timeout: 300 }));
    expect(error).to.deep.include({ kind: 'timeout', status: null });
  });

  it('reports the caller abort as aborted, before and during the request', async () => {
    const early = new AbortController();
    early.abort();
    expect((await failure(loadJson('/hsds-fixtures/slow.json', { signal: early.signal }))).kind).to.equal('aborted');
    const late = new AbortController();
    const pending = loadJson('/hsds-fixtures/slow.json', { signal: late.signal });
    setTimeout(() => late.abort(), 50);
    expect((await failure(pending)).kind).to.equal('aborted');
  });

  it('reports an unreachable server as a network error', async () => {
    // Port 9 (discard) on the loopback: nothing listens there, so the connection is refused at once.
    const error = await failure(loadJson('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
  });
});

describe('parseJsonText', () => {
  it('parses JSON and refuses anything else with not-json', () => {
    expect(parseJsonText('[1]')).to.deep.equal([1]);
    for (const text of ['', '{"contents": [', '<!doctype html>', 'undefined']) {
      try {
        parseJsonText(text);
        throw new Error(`parsed ${text}`);
      } catch (error) {
        expect((error as LoadError).kind, text).to.equal('not-json');
      }
    }
  });
});
