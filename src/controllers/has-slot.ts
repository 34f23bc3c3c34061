import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The name `HasSlotController` uses for the default (unnamed) slot: its `name`, the empty string. */
export const DEFAULT_SLOT = '';

/**
 * Tells an element whether the page put content into its slots, and re-renders it when that
 * changes, so a slot can replace built-in content (a preset text, an icon) only when it is used.
 * Whitespace between tags does not count as content: `<x-card>\n</x-card>` keeps its defaults,
 * although the browser assigns that whitespace to the default slot (which is why the slot's own
 * fallback content cannot be used for this).
 *
 * The element must render every slot it asks about, also when the slot is empty, because
 * `slotchange` only fires for slots that exist.
 *
 * @example
 * ```ts
 * private readonly _slots = new HasSlotController(this, DEFAULT_SLOT, 'heading');
 * render() {
 *   return html`<slot></slot>${this._slots.has(DEFAULT_SLOT) ? nothing : html`<p>${this._summary}</p>`}`;
 * }
 * ```
 */
export class HasSlotController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _names: string[];

  constructor(host: ReactiveControllerHost & HTMLElement, ...slotNames: string[]) {
    this._host = host;
    this._names = slotNames;
    host.addController(this);
  }

  hostConnected(): void {
    // The listener sits on the host's own shadow root, so it goes with the host; adding the same
    // listener again on a later connection does nothing.
    this._host.shadowRoot!.addEventListener('slotchange', this);
  }

  /** True when the host has content for the slot `name` (`DEFAULT_SLOT` for the unnamed slot). */
  has(name: string): boolean {
    // An element's `slot` is "" when it has none (or slot=""); text counts for the default slot.
    return [...this._host.childNodes].some((node) =>
      node instanceof Element ? node.slot == name : !name && node.nodeType == Node.TEXT_NODE && !!node.textContent!.trim(),
    );
  }

  /** The `slotchange` listener (the controller is its own listener object). */
  handleEvent(event: Event): void {
    if (this._names.includes((event.target as HTMLSlotElement).name)) this._host.requestUpdate();
  }
}
