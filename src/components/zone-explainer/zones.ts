/** The four zones of Ontario's CSWB framework, from upstream (social development) to incident response. */
export const ZONES = ['social-development', 'prevention', 'risk-intervention', 'incident-response'] as const;

/** The id of a zone: also the name of the slot that adds partner content to its panel. */
export type ZoneId = (typeof ZONES)[number];

/** True when `value` is one of the four zone ids. */
export function isZone(value: unknown): value is ZoneId {
  return typeof value === 'string' && (ZONES as readonly string[]).includes(value);
}

/** The hash parameter that `sync-url` reads and writes: `#zone=prevention`. */
export const HASH_KEY = 'zone';

/**
 * The zone named in a URL hash such as `#zone=prevention` or `#top&zone=prevention`; `undefined`
 * when the hash names none, and the raw text when it names something that is not a zone.
 */
export function zoneFromHash(hash: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, ...rest] = part.split('=');
    if (key === HASH_KEY && rest.length > 0) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return rest.join('=');
      }
    }
  }
  return undefined;
}

/**
 * `hash` with its `zone=` parameter set to `zone`, every other part kept in place (a plain
 * fragment such as `#top` stays first), e.g. `#top` → `#top&zone=prevention`.
 */
export function hashWithZone(hash: string, zone: ZoneId): string {
  const parts = hash.replace(/^#/, '').split('&').filter((part) => part !== '');
  const own = `${HASH_KEY}=${zone}`;
  const index = parts.findIndex((part) => part.split('=')[0] === HASH_KEY);
  if (index === -1) parts.push(own);
  else parts[index] = own;
  return `#${parts.join('&')}`;
}
