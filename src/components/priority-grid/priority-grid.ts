import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_SLOT, HasSlotController } from '../../controllers/has-slot.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { PRIORITIES, type PriorityCard } from '../priority-card/priority-card.js';
import { styles } from './priority-grid.styles.js';

const DEFAULT_HEADING_LEVEL = 3;
const CARD_PARTS = 'card, icon, heading, link, stat, body, actions, finder-button';

/**
 * Lays out priority cards in a responsive grid: one column when narrow, two, then four, by the
 * grid's own width (container queries), so it fits a sidebar as well as a full page. With no
 * children it shows the four preset cards (mental health and addictions, vulnerable populations,
 * traffic safety, crime). Screen readers hear a list with one item per card.
 *
 * `heading-level` and `finder` pass down to the preset cards, and to slotted
 * `<cswb-priority-card>` children that do not set that attribute themselves. Slotted children
 * without a `role` receive `role="listitem"` while they are in the grid.
 *
 * @summary A responsive grid of priority cards; the four presets when empty.
 *
 * @slot - Cards (or other elements) to lay out instead of the four presets.
 *
 * @csspart grid - The list that lays out the cards.
 * @csspart card - The box of each preset card (exported from `<cswb-priority-card>`; `icon`, `heading`, `link`, `stat`, `body`, `actions` and `finder-button` are exported too).
 *
 * @cssprop --cswb-priority-grid-gap - Space between the cards.
 */
export class PriorityGrid extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The heading level of the cards, 2 to 6; passed to the preset cards and to slotted cards without their own `heading-level`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** The id of a resource finder on the page; passed to the preset cards and to slotted cards without their own `finder`. */
  @property() finder = '';

  /** JSON overrides of the preset cards' texts (the keys of `<cswb-priority-card>`), passed to each preset card. */
  @property() strings: string | null = null;

  private readonly _slots = new HasSlotController(this, DEFAULT_SLOT);
  private _level = DEFAULT_HEADING_LEVEL;
  /** Slotted children this grid gave `role="listitem"`, to take it back when they leave. */
  private _roled = new Set<Element>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      const level = Number(this.headingLevel);
      this._level = [2, 3, 4, 5, 6].includes(level) ? level : DEFAULT_HEADING_LEVEL;
      if (this._level !== level) {
        warnOnce(
          `priority-grid:heading-level:${this.headingLevel}`,
          `<cswb-priority-grid> heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not 2, 3, 4, 5 or 6; level ${DEFAULT_HEADING_LEVEL} is used.`,
        );
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') || changed.has('finder')) this._passDown();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the slot's assignment did not change, so no slotchange gives roles back.
    if (this.hasUpdated) this._passDown();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const element of this._roled) element.removeAttribute('role');
    this._roled.clear();
  }

  private _passDown(): void {
    const slot = this.shadowRoot?.querySelector('slot');
    if (!slot) return;
    const assigned = slot.assignedElements();
    for (const element of this._roled) {
      if (!assigned.includes(element)) {
        element.removeAttribute('role');
        this._roled.delete(element);
      }
    }
    for (const element of assigned) {
      if (!element.hasAttribute('role')) {
        element.setAttribute('role', 'listitem');
        this._roled.add(element);
      }
      // Checked by tag name rather than class, so a card from another copy of the library counts.
      if (element.localName !== 'cswb-priority-card') continue;
      const card = element as PriorityCard;
      if (!card.hasAttribute('heading-level')) card.headingLevel = this._level;
      if (!card.hasAttribute('finder')) card.finder = this.finder;
    }
  }

  protected override render() {
    const slotted = this._slots.has(DEFAULT_SLOT);
    return html`<div part="grid" class="grid" role="list">
      ${slotted
        ? nothing
        : PRIORITIES.map(
            (priority) =>
              html`<cswb-priority-card
                role="listitem"
                exportparts=${CARD_PARTS}
                priority=${priority}
                heading-level=${this._level}
                finder=${this.finder || nothing}
                strings=${this.strings ?? nothing}
              ></cswb-priority-card>`,
          )}<slot @slotchange=${this._passDown}></slot>
    </div>`;
  }
}
