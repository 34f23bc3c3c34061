/** HSDS records and helpers for the finder's tests (not part of the library). */
import { sleep, spaces, waitUntil } from './helpers.js';
import type { ResourceFinder } from '../components/resource-finder/resource-finder.js';

/** Wednesday 5 March 2025, 15:00 in Toronto: weekday services are open. */
export const NOW = new Date('2025-03-05T20:00:00Z');

const term = (id: string, name: string) => ({ taxonomy_term: { id, name } });
const weekdays = { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', timezone: 'America/Toronto', freq: 'WEEKLY' };

export const LONG =
  'Young people aged twelve to twenty-four can talk with a counsellor about stress, anxiety, low mood or substance use. ' +
  'Sessions are in person in Milton or by video, and a parent or caregiver can join when the young person wants it. ' +
  'The counsellors also help with referrals to school supports, family doctors and community programs nearby.';

/** Three named services, one hostile record, and `fill` food banks to make the list long. */
export function feed(fill = 0): unknown[] {
  const records: unknown[] = [
    {
      id: 'crisis',
      name: 'Crisis Line Halton',
      organization: { name: 'Halton Crisis Services' },
      description: 'Talk to a crisis worker at any hour.',
      url: 'https://example.org/crisis',
      email: 'help@example.org',
      phones: [{ number: '1-877-825-9011', extension: '2' }],
      schedules: [weekdays],
      languages: [{ name: 'English' }, { name: 'Français' }],
      service_areas: [{ name: 'Oakville' }],
      attributes: [term('mental-health', 'Mental health')],
      fees_description: 'Free of charge.',
      minimum_age: 16,
      assured_date: '2025-01-15',
      service_at_locations: [
        { location: { latitude: 43.45, longitude: -79.68, addresses: [{ address_1: '1 Main St', city: 'Oakville', state_province: 'ON', postal_code: 'L6J 1A1' }] } },
      ],
    },
    {
      id: 'securite',
      name: 'Sécurité routière Milton',
      description: 'Ateliers sur la conduite prudente.',
      languages: [{ name: 'Français' }],
      service_areas: [{ name: 'Milton' }],
      attributes: [term('traffic-safety', 'Sécurité routière')],
      fees_description: '$20 per session',
    },
    {
      id: 'sante',
      name: 'Santé mentale jeunesse',
      status: 'temporarily closed',
      alert: 'Sessions are online until April.',
      description: LONG,
      service_areas: [{ name: 'Milton' }],
      attributes: [term('crisis', 'Crisis support')],
      minimum_age: 12,
      maximum_age: 24,
      eligibility_description: 'Youth living in Halton',
    },
    {
      id: 'hostile',
      name: '<img src=x onerror=alert(1)>',
      description: '<b>not bold</b>',
      url: 'javascript:alert(1)',
      service_areas: [{ name: 'Burlington' }],
      attributes: [term('food', 'Food')],
    },
  ];
  for (let i = 1; i <= fill; i++) {
    records.push({ id: `food-${i}`, name: `Food bank ${String(i).padStart(2, '0')}`, service_areas: [{ name: 'Burlington' }], attributes: [term('food', 'Food')] });
  }
  return records;
}

export const shadow = (el: ResourceFinder) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ResourceFinder, selector: string) => shadow(el).querySelector<T & Element>(selector) as T;
export const $$ = (el: ResourceFinder, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
export const names = (el: ResourceFinder) => $$(el, '.name').map((h) => spaces(h.textContent));
export const countText = (el: ResourceFinder) => spaces($(el, '#count')?.textContent);
export const statusText = (el: ResourceFinder) => spaces($(el, '[role="status"]')?.textContent);

/** Waits for the debounced live count to be announced, and returns it. */
export async function announced(el: ResourceFinder): Promise<string> {
  await waitUntil(() => statusText(el) !== '' && statusText(el) !== 'Loading services…' && statusText(el) !== 'Chargement des services…', 'the live count');
  return statusText(el);
}

/** Waits until the finder has finished loading (ready, error or no source). */
export async function loaded(el: ResourceFinder, timeout = 6000): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => $(el, '.region')?.getAttribute('aria-busy') !== 'true' && $(el, '.skeleton') === null, 'the load', timeout);
  await el.updateComplete;
}

/** Types into an input as a user would: value, then an input event. */
export async function type(el: ResourceFinder, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chooses an option of a select as a user would. */
export async function choose(el: ResourceFinder, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export { sleep, spaces, waitUntil };
