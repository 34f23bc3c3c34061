import { expect } from '@open-wc/testing';
import { buildApiUrl, fetchServicesPage } from './api.js';
import { LatestOnly } from './latest-only.js';
import { LoadError } from './load.js';

describe('buildApiUrl', () => {
  it('appends /services and only the parameters that are set', () => {
    expect(buildApiUrl('https://api.example.org/hsds', {})).to.equal('https://api.example.org/hsds/services');
    expect(buildApiUrl('/hsds-api/', { search: ' santé mentale ', taxonomyTermId: 'crisis', page: 2, perPage: 20 })).to.equal(
      '/hsds-api/services?search=sant%C3%A9+mentale&taxonomy_term_id=crisis&page=2&per_page=20',
    );
    expect(buildApiUrl('/hsds-api', { language: 'fr', area: 'Halton Hills' })).to.equal('/hsds-api/services?language=fr&service_area=Halton+Hills');
  });

  it('keeps query parameters already on the base and drops bad numbers and blanks', () => {
    expect(buildApiUrl('https://api.example.org/hsds?key=abc#x', { page: 0, perPage: Number.NaN, search: '  ' })).to.equal(
      'https://api.example.org/hsds/services?key=abc',
    );
    expect(buildApiUrl('/a', { perPage: 50_000, page: 2.7 })).to.equal('/a/services?page=2&per_page=1000');
  });
});

describe('fetchServicesPage', () => {
  it('sends the search to the server and reads the filtered page', async () => {
    const result = await fetchServicesPage('/hsds-api', { search: 'securite' });
    expect(result.resources.length).to.be.at.least(1);
    expect(result.page?.totalItems).to.equal(result.resources.length);
    for (const resource of result.resources) {
      const text = [resource.name, resource.description, resource.organization].join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect(text).to.include('securite');
    }
  });

  it('sends the category as taxonomy_term_id', async () => {
    const result = await fetchServicesPage('/hsds-api', { taxonomyTermId: 'food', perPage: 50 });
    expect(result.resources.length).to.be.at.least(3);
    for (const resource of result.resources) expect(resource.categories.map((c) => c.id)).to.include('food');
  });

  it('pages with page and per_page', async () => {
    const first = await fetchServicesPage('/hsds-api', { perPage: 10, page: 1 });
    const second = await fetchServicesPage('/hsds-api', { perPage: 10, page: 2 });
    expect(first.resources).to.have.length(10);
    expect(first.page).to.deep.include({ number: 1 });
    expect(second.page).to.deep.include({ number: 2, totalPages: first.page?.totalPages, totalItems: first.page?.totalItems });
    const ids = new Set(first.resources.map((r) => r.id));
    expect(second.resources.some((r) => ids.has(r.id))).to.equal(false);
  });

  it('rejects with a server LoadError on a 500', async () => {
    try {
      await fetchServicesPage('/hsds-api/error', {});
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).kind).to.equal('server');
    }
  });
});

describe('LatestOnly', () => {
  it('aborts the stale request when a new one starts; only the newest answers', async () => {
    const latest = new LatestOnly();
    const stale = latest.run((signal) => fetchServicesPage('/hsds-api/slow', { search: 'food' }, { signal }));
    const fresh = latest.run((signal) => fetchServicesPage('/hsds-api', { search: 'housing' }, { signal }));
    const [staleResult, freshResult] = await Promise.allSettled([stale, fresh]);
    expect(staleResult.status).to.equal('rejected');
    expect(((staleResult as PromiseRejectedResult).reason as LoadError).kind).to.equal('aborted');
    expect(freshResult.status).to.equal('fulfilled');
    expect((freshResult as PromiseFulfilledResult<{ resources: unknown[] }>).value.resources.length).to.be.at.least(1);
  });

  it('treats a late answer of a task that ignored its signal as stale', async () => {
    const latest = new LatestOnly();
    let finish: (value: string) => void = () => undefined;
    const stale = latest.run(() => new Promise<string>((resolve) => (finish = resolve)));
    const fresh = latest.run(async () => 'fresh');
    finish('stale');
    expect(await fresh).to.equal('fresh');
    try {
      await stale;
      throw new Error('expected the stale task to be rejected');
    } catch (error) {
      expect((error as LoadError).kind).to.equal('aborted');
    }
  });

  it('abort() cancels the running task', async () => {
    const latest = new LatestOnly();
    const pending = latest.run((signal) => fetchServicesPage('/hsds-api/slow', {}, { signal }));
    latest.abort();
    try {
      await pending;
      throw new Error('expected an abort');
    } catch (error) {
      expect((error as LoadError).kind).to.equal('aborted');
    }
  });
});
