import { expect } from '@open-wc/testing';
import { MAX_SHORT_TEXT, MAX_TEXT, cleanText, normalizeService, parseHsds } from './hsds.js';
import type { Resource } from './resource.js';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`./fixtures/${name}.json`, import.meta.url));
  return response.json() as Promise<unknown>;
}

async function sample(): Promise<unknown[]> {
  const response = await fetch(new URL('../../demo/data/halton-services.json', import.meta.url));
  return response.json() as Promise<unknown[]>;
}

const service = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 's1', name: 'Food bank', ...extra });

function only(input: unknown): Resource {
  const { resources } = parseHsds(input);
  expect(resources).to.have.length(1);
  return resources[0] as Resource;
}

describe('parseHsds: the official HSDS 3.0 examples', () => {
  it('reads service_full.json with its organisation, phone, address, schedule and terms', async () => {
    const result = parseHsds(await fixture('service_full'));
    expect(result.skipped).to.equal(0);
    expect(result.page).to.equal(null);
    const resource = result.resources[0] as Resource;
    expect(resource.name).to.equal('Community Counselling');
    expect(resource.alternateName).to.equal('MyCity Counselling Services');
    expect(resource.organization).to.equal('Example Organization Inc.');
    // The example wraps the number in literal quotes; they are not part of the number.
    expect(resource.phones[0]).to.deep.include({ number: '+44 1234 234567', tel: 'tel:+441234234567', extension: '100' });
    expect(resource.addresses[0]).to.deep.include({ street: '1-30 Main Street, MyVillage', city: 'MyCity', postalCode: 'ABC 1234' });
    // Latitude 100 is off the globe: no coordinates rather than wrong ones.
    expect(resource.addresses[0]?.latitude).to.equal(null);
    expect(resource.url).to.equal('http://example.com/counselling');
    expect(resource.email).to.equal('email@example.com');
    expect(resource.languages).to.deep.equal(['Urdu']);
    expect(resource.categories).to.deep.equal([{ id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'name', code: 'code' }]);
    expect(resource.schedules[0]).to.deep.include({ byDay: ['TH', 'FR'], opensAt: '10:00', closesAt: '18:00', timezone: 'America/Toronto' });
    expect(resource.eligibility).to.deep.equal({
      description: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
      minimumAge: 12,
      maximumAge: 100,
    });
    // One cost option of 35: not free.
    expect(resource.free).to.equal(false);
    expect(resource.assuredDate).to.equal('2005-01-01');
    expect(resource.alert).to.match(/^Following COVID-19/);
    expect(resource.serviceAreas[0]).to.match(/^The service is available to all residents/);
  });

  it('reads service_list.json as a page envelope', async () => {
    const result = parseHsds(await fixture('service_list'));
    expect(result.page).to.deep.equal({ number: 1, totalPages: 10, totalItems: 10 });
    expect(result.resources.map((r) => r.name)).to.deep.equal(['Community Counselling']);
    expect(result.resources[0]?.organization).to.equal('Example Organization Inc.');
  });

  it('reads service_at_location_full.json: the nested service at its location', async () => {
    const resource = only(await fixture('service_at_location_full'));
    expect(resource.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
    expect(resource.name).to.equal('Community Counselling');
    expect(resource.organization).to.equal('Example Organization Inc.');
    expect(resource.phones.map((p) => p.number)).to.deep.equal(['+44 1234 234567']);
    expect(resource.addresses.map((a) => a.city)).to.deep.equal(['MyCity']);
  });

  it('reads service_at_location_list.json as a page envelope', async () => {
    const result = parseHsds(await fixture('service_at_location_list'));
    expect(result.page).to.deep.equal({ number: 1, totalPages: 10, totalItems: 10 });
    expect(result.resources.map((r) => r.name)).to.deep.equal(['Community Counselling']);
  });
});

describe('parseHsds: envelopes and shapes', () => {
  it('accepts an array, a single service, { services } and a page envelope', () => {
    expect(parseHsds([service(), service({ id: 's2' })]).resources).to.have.length(2);
    expect(only(service()).name).to.equal('Food bank');
    expect(parseHsds({ services: [service()] }).resources).to.have.length(1);
    const page = parseHsds({ total_items: 120, total_pages: 3, page_number: 2, size: 1, contents: [service()] });
    expect(page.page).to.deep.equal({ number: 2, totalPages: 3, totalItems: 120 });
    expect(page.resources).to.have.length(1);
  });

  it('reads an empty envelope, null and an empty array as no resources and nothing skipped', () => {
    for (const input of [{ contents: [] }, null, undefined, []]) {
      expect(parseHsds(input)).to.deep.include({ resources: [], skipped: 0, hidden: 0 });
    }
  });

  it('counts a top-level value that is no feed at all as one skipped record', () => {
    for (const input of ['<html>', 42, true, {}]) expect(parseHsds(input).skipped, String(input)).to.equal(1);
  });

  it('merges service_at_location records of one service into one resource with every location', () => {
    const at = (id: string, city: string): unknown => ({
      id,
      service: service(),
      location: { latitude: 43.4, longitude: -79.7, addresses: [{ address_1: `${id} Main St`, city }] },
    });
    const result = parseHsds([at('1', 'Oakville'), at('2', 'Milton')]);
    expect(result.skipped).to.equal(0);
    expect(result.resources).to.have.length(1);
    expect(result.resources[0]?.addresses.map((a) => a.city)).to.deep.equal(['Oakville', 'Milton']);
    expect(result.resources[0]?.addresses[0]).to.deep.include({ latitude: 43.4, longitude: -79.7 });
  });

  it('reads older address shapes: location.address and physical_address', () => {
    const resource = only(
      service({
        service_at_locations: [
          { location: { address: { address_1: '1 A St', city: 'Acton' } } },
          { location: { physical_address: [{ address_1: '2 B St', city: 'Milton' }] } },
        ],
      }),
    );
    expect(resource.addresses.map((a) => a.city)).to.deep.equal(['Acton', 'Milton']);
  });

  it('keeps inactive and defunct services out, counted as hidden; temporarily closed stays', () => {
    const result = parseHsds([
      service({ id: 'a', status: 'inactive' }),
      service({ id: 'b', status: 'defunct' }),
      service({ id: 'c', status: 'temporarily closed' }),
      service({ id: 'd', status: 'Temporarily_Closed' }),
      service({ id: 'e' }),
    ]);
    expect(result.hidden).to.equal(2);
    expect(result.resources.map((r) => [r.id, r.status])).to.deep.equal([
      ['c', 'temporarily closed'],
      ['d', 'temporarily closed'],
      ['e', 'active'],
    ]);
    expect(normalizeService(service({ status: 'inactive' }))).to.equal('hidden');
  });
});

describe('parseHsds: fields', () => {
  it('decides "free" from cost options, then from the fees text, else unknown', () => {
    const free = (extra: Record<string, unknown>): boolean | null => only(service(extra)).free;
    expect(free({ cost_options: [{ amount: 0 }] })).to.equal(true);
    expect(free({ cost_options: [{ amount: 0 }, { amount: 5 }] })).to.equal(false);
    expect(free({ fees_description: 'Free of charge.' })).to.equal(true);
    expect(free({ fees_description: 'Gratuit et confidentiel.' })).to.equal(true);
    expect(free({ fees_description: 'Sans frais pour les personnes à faible revenu.' })).to.equal(true);
    expect(free({ fees_description: 'No cost to participants.' })).to.equal(true);
    expect(free({ fees_description: '$40 per person.' })).to.equal(false);
    // A toll-free number says nothing about the price.
    expect(free({ fees_description: 'Call our toll-free line for prices.' })).to.equal(null);
    expect(free({ fees_description: 'Appelez notre numéro sans frais.' })).to.equal(null);
    expect(free({})).to.equal(null);
  });

  it('takes categories from attributes and taxonomy_terms without duplicates', () => {
    const term = { id: 'food', name: 'Food', code: 'F' };
    const resource = only(
      service({
        attributes: [{ taxonomy_term: term }, { taxonomy_term: term }, { taxonomy_term: { name: 'No id' } }, { value: 'x' }],
        taxonomy_terms: [term, { id: 'housing', name: 'Housing' }],
      }),
    );
    expect(resource.categories).to.deep.equal([
      { id: 'food', name: 'Food', code: 'F' },
      { id: null, name: 'No id', code: null },
      { id: 'housing', name: 'Housing', code: null },
    ]);
  });

  it('reads schedules: days, times with or without seconds, dates, zone, frequency', () => {
    const [weekly, monthly, zoned] = only(
      service({
        schedules: [
          { byday: 'mo, TU,xx', opens_at: '9:00', closes_at: '17:00:00', valid_from: '2026-01-01', valid_to: '2026-02-30' },
          { freq: 'monthly', byday: '1MO', opens_at: '10:00', closes_at: '12:00' },
          { byday: 'SA', opens_at: '10:00', closes_at: '12:00', timezone: 'America/Vancouver' },
          { opens_at: 'soon', closes_at: 5, timezone: 'Mars/Olympus' },
        ],
      }),
    ).schedules;
    expect(weekly).to.deep.include({ byDay: ['MO', 'TU'], opensAt: '09:00', closesAt: '17:00', validFrom: '2026-01-01', validTo: null });
    expect(monthly).to.deep.include({ freq: 'MONTHLY', byDay: ['1MO'] });
    expect(zoned?.timezone).to.equal('America/Vancouver');
  });

  it('takes service areas by name and languages by name or code', () => {
    const resource = only(
      service({ service_areas: [{ name: 'Oakville' }, 'Milton', { extent: 'x' }], languages: [{ name: 'French', code: 'fr' }, { code: 'pa' }, 'English'] }),
    );
    expect(resource.serviceAreas).to.deep.equal(['Oakville', 'Milton']);
    expect(resource.languages).to.deep.equal(['French', 'pa', 'English']);
  });

  it('falls back to the organisation website and e-mail', () => {
    const resource = only(service({ organization: { name: 'Org', website: 'https://org.example.org', email: 'hi@org.example.org' } }));
    expect(resource.url).to.equal('https://org.example.org/');
    expect(resource.email).to.equal('hi@org.example.org');
  });

  it('reads the phone type, sms as text and tty as textphone, and keeps lines of one number but another type apart', () => {
    const phones = only(
      service({ phones: [{ number: '988', type: 'voice' }, { number: '988', type: 'SMS' }, { number: '988', type: 'voice' }, { number: '1-866-863-7868', type: 'TTY' }, { number: '905-555-0159' }] }),
    ).phones;
    expect(phones.map((p) => [p.number, p.type])).to.deep.equal([
      ['988', 'voice'],
      ['988', 'text'],
      ['1-866-863-7868', 'textphone'],
      ['905-555-0159', null],
    ]);
  });

  it('reads assured_date, else the date of last_modified', () => {
    expect(only(service({ last_modified: '2026-03-15T10:30:45.123Z' })).assuredDate).to.equal('2026-03-15');
    expect(only(service({ assured_date: 'yesterday' })).assuredDate).to.equal(null);
  });
});

describe('parseHsds: hostile input', () => {
  it('keeps markup in names as literal text', () => {
    const resource = only(service({ name: '<img src=x onerror=alert(1)> Food', description: '<script>alert(1)</script>' }));
    expect(resource.name).to.equal('<img src=x onerror=alert(1)> Food');
    expect(resource.description).to.equal('<script>alert(1)</script>');
  });

  it('drops javascript:, data: and relative links and junk e-mail', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'www.example.org', 42]) {
      expect(only(service({ url })).url, String(url)).to.equal(null);
    }
    for (const email of ['a@b', 'x@y.com?cc=z@w.com', 'javascript:x@y.com', '<x@y.com>', ['a@b.ca']]) {
      expect(only(service({ email })).email, String(email)).to.equal(null);
    }
    const phone = only(service({ phones: [{ number: 'javascript:911' }, { number: '905-555-0142' }] })).phones;
    expect(phone.map((p) => p.tel)).to.deep.equal([null, 'tel:9055550142']);
  });

  it('caps 1 MB strings', () => {
    const huge = 'a'.repeat(1_000_000);
    const resource = only(service({ name: huge, description: huge }));
    expect(resource.name.length).to.equal(MAX_SHORT_TEXT);
    expect(resource.name.endsWith('…')).to.equal(true);
    expect(resource.description?.length).to.equal(MAX_TEXT);
  });

  it('never cuts an emoji in half when capping', () => {
    const text = cleanText(`${'a'.repeat(8)}😀😀`, 10) as string;
    expect(text).to.equal('aaaaaaaa…');
  });

  it('collapses whitespace and turns control and bidi characters into spaces', () => {
    expect(only(service({ name: '  Food\n\n\tbank\u0000\u202eknab ' })).name).to.equal('Food bank knab');
  });

  it('skips and counts records without id or name, or that are not objects', () => {
    const result = parseHsds([
      service(),
      { name: 'No id' },
      { id: 'no-name' },
      { id: '', name: 'Empty id' },
      { id: 'x', name: { en: 'Object name' } },
      { id: ['x'], name: 'Array id' },
      'a string',
      42,
      null,
      [service()],
    ]);
    expect(result.resources.map((r) => r.id)).to.deep.equal(['s1']);
    expect(result.skipped).to.equal(9);
  });

  it('coerces numbers where strings belong', () => {
    const resource = only({ id: 42, name: 'Food', phones: [{ number: 9055550142, extension: 7 }], minimum_age: '12' });
    expect(resource.id).to.equal('42');
    expect(resource.phones[0]).to.deep.include({ number: '9055550142', tel: 'tel:9055550142', extension: '7' });
    expect(resource.eligibility.minimumAge).to.equal(12);
  });

  it('ignores nested values of the wrong type instead of failing the record', () => {
    const resource = only(
      service({
        organization: ['not', 'an', 'object'],
        phones: 'call us',
        schedules: { byday: 'MO' },
        service_at_locations: [null, 7, { location: 'here' }],
        languages: [null, 5, {}],
        attributes: [{ taxonomy_term: 'food' }],
        minimum_age: -3,
        maximum_age: Infinity,
        cost_options: [{ amount: 'free' }],
      }),
    );
    expect(resource).to.deep.include({ organization: null, phones: [], schedules: [], addresses: [], categories: [], free: null });
    expect(resource.languages).to.deep.equal(['5']);
    expect(resource.eligibility).to.deep.include({ minimumAge: null, maximumAge: null });
  });

  it('keeps the first of two records with the same id and counts the second as skipped', () => {
    const result = parseHsds([service({ name: 'First' }), service({ name: 'Second' })]);
    expect(result.resources.map((r) => r.name)).to.deep.equal(['First']);
    expect(result.skipped).to.equal(1);
  });

  it('follows no references, so self-referencing ids and cyclic objects cannot loop', () => {
    const cyclic: Record<string, unknown> = service({ id: 'loop', organization: { id: 'loop', parent_organization_id: 'loop' } });
    cyclic.service = cyclic;
    (cyclic.organization as Record<string, unknown>).organization = cyclic;
    expect(parseHsds([cyclic]).resources.map((r) => r.id)).to.deep.equal(['loop']);
  });

  it('skips a record whose getters throw and goes on', () => {
    const trap = Object.defineProperty({ id: 'trap' }, 'name', {
      get() {
        throw new Error('boom');
      },
    });
    const result = parseHsds([trap, service()]);
    expect(result).to.deep.include({ skipped: 1 });
    expect(result.resources).to.have.length(1);
  });

  it('reads no more than 50 entries of any nested list', () => {
    const phones = Array.from({ length: 10_000 }, (_, i) => ({ number: `905-555-${String(i).padStart(4, '0')}` }));
    expect(only(service({ phones })).phones).to.have.length(50);
  });
});

describe('the sample data set', () => {
  it('loads every service; the inactive one is hidden', async () => {
    const data = await sample();
    const result = parseHsds(data);
    expect(result.skipped).to.equal(0);
    expect(result.hidden).to.equal(1);
    expect(result.resources.length).to.equal(data.length - 1);
    expect(result.resources.length).to.be.within(35, 45);
  });

  it('covers the four municipalities, both languages and a temporarily closed service', async () => {
    const { resources } = parseHsds(await sample());
    const places = new Set(resources.flatMap((r) => [...r.serviceAreas, ...r.addresses.map((a) => a.city)]));
    for (const place of ['Burlington', 'Halton Hills', 'Milton', 'Oakville', 'Georgetown', 'Acton']) expect(places.has(place), place).to.equal(true);
    expect(resources.filter((r) => r.languages.includes('French') && !r.languages.includes('English')).length).to.be.at.least(4);
    expect(resources.some((r) => r.status === 'temporarily closed' && r.alert)).to.equal(true);
  });

  it('uses only fictitious 555 numbers apart from the verified public lines', async () => {
    const verified = new Set([
      '988', '2-1-1', '1-877-330-3213', '1-800-668-6868', '686868', '1-866-531-2600', '1-866-863-0511',
      '1-866-863-7868', '1-866-299-1011', '1-833-900-1010', '1-800-222-8477', '1-855-242-3310',
      '1-877-825-9011', '905-825-4777',
    ]);
    const { resources } = parseHsds(await sample());
    for (const phone of resources.flatMap((r) => r.phones)) {
      expect(verified.has(phone.number) || /^905-555-01\d\d$/.test(phone.number), phone.number).to.equal(true);
    }
    for (const url of resources.map((r) => r.url).filter(Boolean)) expect(url).to.match(/^https:\/\/[a-z-]+\.example\.(org|ca)\//);
  });
});
