import { pageGlobal } from '../../internal/page-global.js';
import { safeStorage } from '../../internal/storage.js';
import { warnOnce } from '../../internal/warn.js';

/** The levels offered when `levels` is not set: percentages of the page's own root font size. */
export const DEFAULT_LEVELS: readonly number[] = [90, 100, 110, 125, 150, 175, 200];
/** The localStorage key used when `storage-key` is not set. */
export const DEFAULT_STORAGE_KEY = 'cswb-font-size';

const MIN_LEVEL = 50;
const MAX_LEVEL = 400;

/** Parses `"90,100,125"` into sorted unique levels that always include 100; null when unusable. */
export function parseLevels(value: string | null | undefined): number[] | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const parts = value.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  if (numbers.some((n, i) => parts[i] === '' || !Number.isFinite(n) || n < MIN_LEVEL || n > MAX_LEVEL)) return null;
  const levels = [...new Set([...numbers, 100])].sort((a, b) => a - b);
  return levels.length > 1 ? levels : null;
}

/** The level in `levels` closest to `value`. */
export function nearestLevel(levels: readonly number[], value: number): number {
  return levels.reduce((best, level) => (Math.abs(level - value) < Math.abs(best - value) ? level : best), 100);
}

interface OwnInlineStyle {
  hadStyleAttribute: boolean;
  value: string;
  priority: string;
}

/**
 * What the page itself had inline on each target before the first change, restored at 100%. One
 * map per page, shared by every copy of the library (the bundle and the loader, two versions):
 * a second copy must not take the first one's scaled size for the page's own and scale it again.
 */
const ownInline = pageGlobal('font-size', () => new WeakMap<HTMLElement, OwnInlineStyle>());

/**
 * Sets `target`'s font size to `level` percent of what the page itself gives it. On the root
 * element the result is a percentage of the reader's browser default (never a px value), so a
 * page with `html { font-size: 62.5% }` keeps its proportions and a page that sets nothing
 * follows the reader's setting. At 100 the page's own inline style, or none, is put back.
 */
export function applyLevel(target: HTMLElement, level: number): void {
  let own = ownInline.get(target);
  if (own === undefined) {
    own = {
      hadStyleAttribute: target.hasAttribute('style'),
      value: target.style.getPropertyValue('font-size'),
      priority: target.style.getPropertyPriority('font-size'),
    };
    ownInline.set(target, own);
  }
  restore(target, own);
  if (level === 100) {
    ownInline.delete(target);
    return;
  }
  const isRoot = target === target.ownerDocument.documentElement;
  const pagePx = parseFloat(getComputedStyle(target).fontSize);
  const basePx = isRoot ? mediumPx(target.ownerDocument) : parseFloat(getComputedStyle(target.parentElement ?? target).fontSize);
  if (!(pagePx > 0) || !(basePx > 0)) return;
  const factor = (pagePx / basePx) * (level / 100);
  const value = isRoot ? `${round(factor * 100)}%` : `${round(factor)}em`;
  target.style.setProperty('font-size', value, 'important');
}

function restore(target: HTMLElement, own: OwnInlineStyle): void {
  if (own.value === '') target.style.removeProperty('font-size');
  else target.style.setProperty('font-size', own.value, own.priority);
  if (!own.hadStyleAttribute && target.style.length === 0) {
    // Chromium writes a CSSOM change back to the style attribute lazily: without this read, the
    // pending write recreates style="" after the attribute is removed.
    target.getAttribute('style');
    target.removeAttribute('style');
  }
}

/** The reader's default font size in px: what the keyword `medium` resolves to. */
function mediumPx(doc: Document): number {
  const probe = doc.createElement('span');
  probe.style.setProperty('font-size', 'medium', 'important');
  probe.style.setProperty('position', 'absolute');
  probe.style.setProperty('visibility', 'hidden');
  doc.documentElement.append(probe);
  const px = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return px;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Reads a stored level; garbage counts as none (and is said once). */
export function readStoredLevel(key: string): number | null {
  const raw = safeStorage.get(key);
  if (raw === null) return null;
  const level = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
    warnOnce(`font-size:stored:${key}`, `The stored text size under "${key}" (${JSON.stringify(raw.slice(0, 40))}) is not a level; normal size is used.`);
    return null;
  }
  return level;
}

type Listener = (level: number) => void;

/**
 * One shared text size per storage key: every control with that key shows the same level, a
 * change in another tab arrives through the `storage` event, and the level persists.
 */
export class FontScale {
  private readonly _listeners = new Set<Listener>();
  private _level: number;
  /** Whether the reader has chosen a level (stored, or chosen on this page); a page default never overrides it. */
  chosen: boolean;

  constructor(readonly key: string) {
    const stored = readStoredLevel(key);
    this._level = stored ?? 100;
    this.chosen = stored !== null;
  }

  get level(): number {
    return this._level;
  }

  /**
   * Changes the level and tells every subscriber (nothing happens when it is unchanged). A
   * persisted level is the reader's choice, stored even at 100 so that a page default given in
   * markup does not override "Normal" on the next visit.
   */
  set(level: number, persist = true): void {
    if (level === this._level) return;
    this._level = level;
    if (persist) {
      this.chosen = true;
      safeStorage.set(this.key, String(level));
    }
    for (const listener of [...this._listeners]) listener(level);
  }

  subscribe(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }
}

const scales = new Map<string, FontScale>();
let listeningToOtherTabs = false;

/** The shared scale for `key`. */
export function fontScale(key: string): FontScale {
  let scale = scales.get(key);
  if (scale === undefined) {
    scale = new FontScale(key);
    scales.set(key, scale);
  }
  if (!listeningToOtherTabs) {
    listeningToOtherTabs = true;
    window.addEventListener('storage', (event) => {
      if (event.key === null) {
        for (const each of scales.values()) each.set(100, false);
        return;
      }
      const changed = scales.get(event.key);
      if (changed !== undefined) changed.set(readStoredLevel(event.key) ?? 100, false);
    });
  }
  return scale;
}

/**
 * Applies the stored level for the default key to the root element as soon as the module is
 * evaluated, before any control renders, so a page does not jump on load.
 */
export function restoreStoredLevel(): void {
  if (typeof document === 'undefined') return;
  const level = fontScale(DEFAULT_STORAGE_KEY).level;
  if (level !== 100) applyLevel(document.documentElement, level);
}
