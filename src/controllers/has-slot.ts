import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The name `HasSlotController` uses for the default (unnamed) slot. */
export const DEFAULT_SLOT = '[default]';

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
  private readonly _names: readonly string[];

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    ...slotNames: string[]
  ) {
    this._names = slotNames;
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.shadowRoot?.addEventListener('slotchange', this._onSlotChange);
  }

  hostDisconnected(): void {
    this._host.shadowRoot?.removeEventListener('slotchange', this._onSlotChange);
  }

  /** True when the host has content for the slot `name` (`DEFAULT_SLOT` for the unnamed slot). */
  has(name: string): boolean {
    return name === DEFAULT_SLOT ? this._hasDefault() : this._host.querySelector(`:scope > [slot="${CSS.escape(name)}"]`) !== null;
  }

  private _hasDefault(): boolean {
    for (const node of this._host.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return true;
      // slot="" also means the default slot.
      if (node instanceof Element && (node.getAttribute('slot') ?? '') === '') return true;
    }
    return false;
  }

  private readonly _onSlotChange = (event: Event): void => {
    const slot = event.target;
    if (!(slot instanceof HTMLSlotElement)) return;
    const name = slot.name === '' ? DEFAULT_SLOT : slot.name;
    if (this._names.includes(name)) this._host.requestUpdate();
  };
}
