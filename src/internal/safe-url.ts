/**
 * Links from feeds and attributes pass through here: only absolute http(s) URLs, tel: numbers
 * built from digits and mailto: addresses that look like e-mail become links. Anything else
 * (javascript:, data:, relative paths, junk) returns null and is shown as text or not at all.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `tel:` URL from a phone number as people write it ("1-800-668-6868", "9-8-8", "+1 (905) 825-4777"). */
export function telUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
}

// No query, fragment or escape characters: a feed's "e-mail" must not smuggle mailto parameters
// (?bcc=…&body=…) into the link a resident follows.
const EMAIL = /^[^\s@<>()[\]\\,;:"?&=%/#]+@[^\s@<>()[\]\\,;:"?&=%/#]+\.[a-z]{2,}$/i;

/** `mailto:` URL from a plain e-mail address, or null. */
export function mailtoUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return EMAIL.test(text) ? `mailto:${text}` : null;
}
