const said = new Set<string>();

/**
 * Writes one console warning per `key` for the life of the page, so that a bad attribute on an
 * element rendered a hundred times does not flood the console.
 */
export function warnOnce(key: string, message: string): void {
  if (said.has(key)) return;
  said.add(key);
  console.warn(`[cswb-widgets] ${message}`);
}
