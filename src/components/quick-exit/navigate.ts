/**
 * The one place where a quick exit leaves the page. It is an object rather than a bare call so
 * that tests can replace `exitTo` and assert on the address without the test page navigating
 * away; nothing else in the library assigns to it.
 */
export const exitNavigator = {
  /**
   * Replaces the current history entry with `url`: Back then skips the page the reader left.
   * `location.assign` or a link would keep it one Back press away.
   */
  exitTo(url: string): void {
    location.replace(url);
  },
};

/**
 * Removes the keys of a `clear-storage-keys` value (separated by spaces or commas) from
 * localStorage and sessionStorage. Every access is guarded and silent: storage may be blocked
 * (sandboxed frame, privacy settings), and an exit must never stop on an error or leave a
 * console message about what the reader was doing.
 */
export function clearStorageKeys(value: string | null): void {
  for (const key of value?.match(/[^\s,]+/g) ?? []) {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        window[area].removeItem(key);
      } catch {
        // Blocked storage holds nothing to clear.
      }
    }
  }
}
