import { expect } from '@open-wc/testing';
import { parseHsds } from './hsds.js';
import { DEFAULT_PRIORITY_CATEGORIES } from './priorities.js';
import type { Resource } from './resource.js';
import { SearchIndex, normalizeText } from './search.js';

let n = 0;
function resource(extra: Partial<Resource> = {}): Resource {
  n++;
  return {
    id: `r${n}`,
    name: `Service ${n}`,
    alternateName: null,
    organization: null,
    description: null,
    status: 'active',
    phones: [],
    url: null,
    email: null,
    addresses: [],
    schedules: [],
    languages: [],
    serviceAreas: [],
    categories: [],
    eligibility: { description: null, minimumAge: null, maximumAge: null },
    free: null,
    feesDescription: null,
    assuredDate: null,
    alert: null,
    ...extra,
  };
}

const names = (list: Resource[]): string[] => list.map((r) => r.name);

async function sampleIndex(): Promise<SearchIndex> {
  const response = await fetch(new URL('../../demo/data/halton-services.json', import.meta.url));
  return new SearchIndex(parseHsds(await response.json()).resources);
}

describe('normalizeText', () => {
  it('removes accents and case and spells out ligatures', () => {
    expect(normalizeText('Sécurité')).to.equal('securite');
    expect(normalizeText('SANTÉ MENTALE')).to.equal('sante mentale');
    expect(normalizeText('Œuvre, Æsop, Straße')).to.equal('oeuvre, aesop, strasse');
    expect(normalizeText('Ça')).to.equal('ca');
    expect(normalizeText('plain ascii')).to.equal('plain ascii');
  });
});

describe('SearchIndex.search', () => {
  it('matches accent- and case-insensitively', () => {
    const index = new SearchIndex([resource({ name: 'Sécurité routière' }), resource({ name: 'Food' })]);
    expect(names(index.search('securite'))).to.deep.equal(['Sécurité routière']);
    expect(names(index.search('SÉCURITÉ'))).to.deep.equal(['Sécurité routière']);
  });

  it('requires every word, the last one as a prefix while typing', () => {
    const index = new SearchIndex([
      resource({ name: 'Soutien en santé mentale' }),
      resource({ name: 'Santé sexuelle' }),
      resource({ name: 'Mental wellness' }),
    ]);
    expect(names(index.search('sante mentale'))).to.deep.equal(['Soutien en santé mentale']);
    expect(names(index.search('sante ment'))).to.deep.equal(['Soutien en santé mentale']);
    expect(names(index.search('sant'))).to.deep.equal(['Soutien en santé mentale', 'Santé sexuelle']);
    expect(names(index.search('sante dental'))).to.deep.equal([]);
    expect(names(index.search('zzz'))).to.deep.equal([]);
  });

  it('searches name, alternate name, organisation, categories, service areas and description', () => {
    const index = new SearchIndex([
      resource({ name: 'A', alternateName: 'Alpha' }),
      resource({ name: 'B', organization: 'Beta Org' }),
      resource({ name: 'C', categories: [{ id: 'x', name: 'Gamma', code: null }] }),
      resource({ name: 'D', serviceAreas: ['Delta'] }),
      resource({ name: 'E', description: 'Epsilon' }),
    ]);
    for (const [query, name] of [['alpha', 'A'], ['beta', 'B'], ['gamma', 'C'], ['delta', 'D'], ['epsilon', 'E']]) {
      expect(names(index.search(query as string)), query).to.deep.equal([name]);
    }
  });

  it('ranks name before alternate name before organisation before categories before description, ties in data order', () => {
    const index = new SearchIndex([
      resource({ name: 'Z1', description: 'housing help' }),
      resource({ name: 'Z2', categories: [{ id: 'h', name: 'Housing', code: null }] }),
      resource({ name: 'Z3', organization: 'Housing Org' }),
      resource({ name: 'Z4', alternateName: 'Housing line' }),
      resource({ name: 'Housing desk' }),
      resource({ name: 'Housing help' }),
    ]);
    expect(names(index.search('housing'))).to.deep.equal(['Housing desk', 'Housing help', 'Z4', 'Z3', 'Z2', 'Z1']);
  });

  it('ranks a resource with every word in the name above one with some words only in the description', () => {
    const index = new SearchIndex([
      resource({ name: 'Food program', description: 'A bank of goods' }),
      resource({ name: 'Food bank' }),
    ]);
    expect(names(index.search('food bank'))).to.deep.equal(['Food bank', 'Food program']);
  });

  it('returns everything in data order for an empty or blank query', () => {
    const list = [resource({ name: 'B' }), resource({ name: 'A' })];
    const index = new SearchIndex(list);
    expect(index.size).to.equal(2);
    expect(names(index.search(''))).to.deep.equal(['B', 'A']);
    expect(names(index.search('  ,. '))).to.deep.equal(['B', 'A']);
  });

  it('matches accents and capitals in the data or the query, in any mix', () => {
    const index = new SearchIndex([resource({ name: 'ÉCOLE Élève' }), resource({ name: 'ecole CAFE' }), resource({ name: "L’Œuvre d’aide" })]);
    expect(names(index.search('ecole eleve'))).to.deep.equal(['ÉCOLE Élève']);
    expect(names(index.search('École'))).to.deep.equal(['ÉCOLE Élève', 'ecole CAFE']);
    expect(names(index.search('café'))).to.deep.equal(['ecole CAFE']);
    expect(names(index.search('oeuvre aide'))).to.deep.equal(["L’Œuvre d’aide"]);
  });

  it('indexes words of other scripts and tens of thousands of distinct words', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => resource({ name: `word${i.toString(36)}x`, description: 'مساعدة 帮助' }));
    const index = new SearchIndex(many);
    expect(names(index.search('word1z2x'))).to.deep.equal([`word${(1 * 36 * 36 + 35 * 36 + 2).toString(36)}x`]);
    expect(names(index.search('wordzzx'))).to.deep.equal(['wordzzx']);
    expect(index.search('مساعدة')).to.have.length(20_000);
  });

  it('finds words with letters beyond a–z (Icelandic, Greek) and words longer than 8,192 letters', () => {
    const long = `${'ab'.repeat(6000)}c`;
    const index = new SearchIndex([resource({ name: 'Þing ðóttir' }), resource({ name: 'Ελληνικά βοήθεια' }), resource({ name: 'long', description: `x ${long} y` })]);
    expect(names(index.search('ÞING ðott'))).to.deep.equal(['Þing ðóttir']);
    expect(names(index.search('ελληνικα βοηθ'))).to.deep.equal(['Ελληνικά βοήθεια']);
    expect(names(index.search(long))).to.deep.equal(['long']);
    expect(names(index.search(`${long}d`))).to.deep.equal([]);
  });

  it('treats punctuation as word breaks and markup as text', () => {
    const index = new SearchIndex([resource({ name: "L'aide <b>juridique</b>" })]);
    expect(names(index.search('aide juridique'))).to.have.length(1);
    expect(names(index.search('<b>'))).to.have.length(1);
  });
});

describe('SearchIndex filters', () => {
  const openHours = [{ byDay: [], opensAt: '09:00', closesAt: '17:00', validFrom: null, validTo: null, timezone: 'America/Toronto', description: null }];
  const list = [
    resource({ name: 'A', categories: [{ id: 'food', name: 'Food', code: null }], serviceAreas: ['Oakville'], languages: ['English'], free: true }),
    resource({ name: 'B', categories: [{ id: null, name: 'Santé', code: null }], addresses: [{ street: null, city: 'Milton', region: null, postalCode: null, country: null, latitude: null, longitude: null }], languages: ['Français'], free: false, schedules: openHours }),
    resource({ name: 'C', eligibility: { description: null, minimumAge: 12, maximumAge: 18 } }),
  ];
  const index = new SearchIndex(list);

  it('filters by category (term id, else normalised name), and by any of several categories', () => {
    expect(names(index.search('', { category: 'food' }))).to.deep.equal(['A']);
    expect(names(index.search('', { category: 'sante' }))).to.deep.equal(['B']);
    expect(names(index.search('', { categories: ['sante', 'food'] }))).to.deep.equal(['A', 'B']);
    expect(names(index.search('', { categories: [] }))).to.deep.equal(['A', 'B', 'C']);
  });

  it('filters by area (service area or city) and language, by normalised name', () => {
    expect(names(index.search('', { area: 'oakville' }))).to.deep.equal(['A']);
    expect(names(index.search('', { area: 'Milton' }))).to.deep.equal(['B']);
    expect(names(index.search('', { language: 'francais' }))).to.deep.equal(['B']);
  });

  it('filters free only, by age (unknown ages pass) and open now', () => {
    expect(names(index.search('', { freeOnly: true }))).to.deep.equal(['A']);
    expect(names(index.search('', { age: 30 }))).to.deep.equal(['A', 'B']);
    expect(names(index.search('', { age: 15 }))).to.deep.equal(['A', 'B', 'C']);
    expect(names(index.search('', { openNow: true }, new Date('2026-12-07T15:00:00Z')))).to.deep.equal(['B']);
    expect(names(index.search('', { openNow: true }, new Date('2026-12-07T03:00:00Z')))).to.deep.equal([]);
  });

  it('combines text and filters', () => {
    expect(names(index.search('b', { freeOnly: true }))).to.deep.equal([]);
    expect(names(index.search('a', { area: 'oakville' }))).to.deep.equal(['A']);
  });
});

describe('SearchIndex on the sample data', () => {
  it('finds French services without accents', async () => {
    const index = await sampleIndex();
    expect(names(index.search('sante mentale'))[0]).to.equal('Soutien en santé mentale pour francophones');
    expect(names(index.search('securite')).length).to.be.at.least(1);
    expect(names(index.search('hebergement'))).to.include("Hébergement d'urgence pour femmes");
  });

  it('offers facets built from the data', async () => {
    const facets = (await sampleIndex()).facets();
    const areas = facets.areas.map((a) => a.label);
    for (const town of ['Burlington', 'Halton Hills', 'Milton', 'Oakville']) expect(areas).to.include(town);
    const housing = facets.categories.find((c) => c.value === 'housing');
    expect(housing?.label).to.equal('Housing');
    expect(housing?.count).to.be.greaterThan(2);
    expect(facets.languages.map((l) => l.value)).to.include.members(['english', 'french']);
    expect(facets).to.deep.include({ hasFree: true, hasSchedules: true, hasAges: true });
  });

  it('maps every priority to categories that the sample holds', async () => {
    const values = new Set((await sampleIndex()).facets().categories.map((c) => c.value));
    for (const [priority, categories] of Object.entries(DEFAULT_PRIORITY_CATEGORIES)) {
      for (const category of categories) expect(values.has(category), `${priority}: ${category}`).to.equal(true);
    }
    const index = await sampleIndex();
    expect(index.search('', { categories: DEFAULT_PRIORITY_CATEGORIES['traffic-safety'] }).length).to.be.at.least(3);
  });

  it('reports no facets for data without them', () => {
    expect(new SearchIndex([resource()]).facets()).to.deep.equal({
      categories: [],
      areas: [],
      languages: [],
      hasFree: false,
      hasSchedules: false,
      hasAges: false,
    });
  });
});
