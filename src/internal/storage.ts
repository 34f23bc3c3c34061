import { warnOnce } from './warn.js';

/**
 * localStorage that never throws. Blocked cookies, sandboxed iframes and private modes make
 * `localStorage` itself, or its methods, throw; the widgets then keep working for the page's
 * lifetime and say so in one warning.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      blocked(error);
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (error) {
      blocked(error);
    }
  },
};

function blocked(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  warnOnce('storage', `Browser storage is not available (${reason}); preferences last until the page is closed.`);
}
