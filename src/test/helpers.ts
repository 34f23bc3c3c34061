/** Test helpers shared by the element tests (not part of the library). */

/** Collects console warnings until `restore()`; a test asserts on them so the run stays quiet. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `check()` is true (polling each frame), failing after `timeout` ms with `what`. */
export async function waitUntil(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Collapses every kind of space (the narrow no-break space French uses before % among them). */
export function spaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
}

/** The computed font size of the root element, in px. */
export function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}
