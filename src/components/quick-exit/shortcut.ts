/**
 * The quick-exit keyboard shortcut: the Shift key pressed on its own three times within
 * {@link SHORTCUT_WINDOW_MS}. One listener serves the whole page, however many quick-exit
 * elements it holds, so the shortcut leaves once; it is attached while at least one element is
 * connected.
 *
 * "On its own" means a keydown of Shift followed by its keyup with no other key or pointer press
 * in between. Typing capitals ("ABC" with a Shift press for each letter) therefore never counts,
 * while three bare Shift presses work anywhere, form fields included: a person who is typing may
 * be the one who needs to leave fastest.
 */

/** Three Shift presses must fall within this many milliseconds. */
export const SHORTCUT_WINDOW_MS = 2000;

/** The clock the shortcut measures with; tests replace `now` to step time without waiting. */
export const shortcutClock = {
  now: (): number => performance.now(),
};

type Handler = () => void;
/** In the order the elements connected, each with its element: the first one on screen leaves. */
const handlers = new Map<Handler, Element>();
let presses: number[] = [];
let shiftAlone = false;

function reset(): void {
  presses = [];
  shiftAlone = false;
}

function onKey(event: KeyboardEvent): void {
  // Only the reader's own key presses count: a script on the page dispatching synthetic key
  // events must not be able to send the reader away.
  if (!event.isTrusted) return;
  if (event.type === 'keydown') {
    if (event.key !== 'Shift') reset();
    else if (!event.repeat) shiftAlone = true;
    return;
  }
  if (event.key !== 'Shift' || !shiftAlone) return;
  shiftAlone = false;
  const now = shortcutClock.now();
  presses = [...presses.filter((time) => now - time <= SHORTCUT_WINDOW_MS), now];
  if (presses.length < 3) return;
  reset();
  // A hidden element (a collapsed mobile menu's copy) would open a cover nobody sees: the first
  // one that is rendered leaves, else the first.
  const all = [...handlers];
  (all.find(([, element]) => element.getClientRects().length > 0) ?? all[0]!)[0]();
}

// Capture, so that a page handler that stops key events on their way down cannot swallow them.
const listen = (method: 'addEventListener' | 'removeEventListener') => {
  for (const type of ['keydown', 'keyup', 'pointerdown']) document[method](type, type === 'pointerdown' ? reset : (onKey as EventListener), true);
  window[method]('blur', reset);
};

/**
 * Calls `handler` when the shortcut is pressed, unless an element registered earlier and on
 * screen is still registered (then that one leaves, once). Returns the function that unregisters.
 */
export function onTripleShift(handler: Handler, element: Element): () => void {
  if (!handlers.size) {
    reset();
    listen('addEventListener');
  }
  handlers.set(handler, element);
  return () => {
    handlers.delete(handler);
    if (!handlers.size) listen('removeEventListener');
  };
}
