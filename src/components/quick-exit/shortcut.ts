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
const PRESSES = 3;

/** The clock the shortcut measures with; tests replace `now` to step time without waiting. */
export const shortcutClock = {
  now: (): number => performance.now(),
};

type Handler = () => void;
const handlers: Handler[] = [];
let presses: number[] = [];
let shiftAlone = false;

function reset(): void {
  presses = [];
  shiftAlone = false;
}

function onKeyDown(event: KeyboardEvent): void {
  // Only the reader's own key presses count: a script on the page dispatching synthetic key
  // events must not be able to send the reader away.
  if (!event.isTrusted) return;
  if (event.key === 'Shift') {
    if (!event.repeat) shiftAlone = true;
    return;
  }
  reset();
}

function onKeyUp(event: KeyboardEvent): void {
  if (!event.isTrusted || event.key !== 'Shift' || !shiftAlone) return;
  shiftAlone = false;
  const now = shortcutClock.now();
  presses = presses.filter((time) => now - time <= SHORTCUT_WINDOW_MS);
  presses.push(now);
  if (presses.length < PRESSES) return;
  reset();
  handlers[0]?.();
}

function listen(on: boolean): void {
  // Capture, so that a page handler that stops key events on their way down cannot swallow them.
  if (on) {
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('pointerdown', reset, true);
    window.addEventListener('blur', reset);
  } else {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('keyup', onKeyUp, true);
    document.removeEventListener('pointerdown', reset, true);
    window.removeEventListener('blur', reset);
  }
}

/**
 * Calls `handler` when the shortcut is pressed, unless an element registered earlier is still
 * registered (then that one leaves, once). Returns the function that unregisters.
 */
export function onTripleShift(handler: Handler): () => void {
  if (handlers.length === 0) {
    reset();
    listen(true);
  }
  handlers.push(handler);
  return () => {
    const index = handlers.indexOf(handler);
    if (index === -1) return;
    handlers.splice(index, 1);
    if (handlers.length === 0) listen(false);
  };
}
