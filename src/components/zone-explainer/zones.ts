/** The four zones of Ontario's CSWB framework, from upstream (social development) to incident response. */
export const ZONES = ['social-development', 'prevention', 'risk-intervention', 'incident-response'] as const;

/** The id of a zone: also the name of the slot that adds partner content to its panel. */
export type ZoneId = (typeof ZONES)[number];

/** True when `value` is one of the four zone ids. */
export const isZone = (value: unknown): value is ZoneId => (ZONES as readonly unknown[]).includes(value);

/**
 * The zone named in a URL hash such as `#zone=prevention` or `#top&zone=prevention`; `undefined`
 * when the hash names none, and the raw text when it names something that is not a zone.
 */
export const zoneFromHash = (hash: string): string | undefined => new URLSearchParams(hash.slice(1)).get('zone') ?? undefined;

/**
 * `hash` with its `zone=` parameter set to `zone`, every other part kept in place (a plain
 * fragment such as `#top` stays first), e.g. `#top` → `#top&zone=prevention`.
 */
export function hashWithZone(hash: string, zone: ZoneId): string {
  const parts = hash.slice(1).split('&').filter(Boolean);
  const index = parts.findIndex((part) => part.split('=')[0] === 'zone');
  parts[index < 0 ? parts.length : index] = `zone=${zone}`;
  return `#${parts.join('&')}`;
}
