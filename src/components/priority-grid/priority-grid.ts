import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_SLOT, HasSlotController } from '../../controllers/has-slot.js';
import { sharedStyles } from '../../styles/shared.js';
import { PRIORITIES, levelOf, type PriorityCard } from '../priority-card/priority-card.js';
import { styles } from './priority-grid.styles.js';

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
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The id of a resource finder on the page; passed to the preset cards and to slotted cards without their own `finder`. */
  @property() finder = '';

  /** JSON overrides of the preset cards' texts (the keys of `<cswb-priority-card>`), passed to each preset card. */
  @property() strings: string | null = null;

  private readonly _slots = new HasSlotController(this, DEFAULT_SLOT);
  /** Slotted children this grid gave `role="listitem"`, to take it back when they leave. */
  private _roled = new Set<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the slot's assignment did not change, so no slotchange gives roles back;
    // the update does (updated() passes down).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._passDown([]);
  }

  // Runs after every render: a property changed, or HasSlotController saw the children change.
  protected override updated(): void {
    this._passDown();
  }

  /** Gives the slotted children their list role, and cards the grid's level and finder; takes roles back from children that left. */
  private _passDown(assigned = this.renderRoot.querySelector('slot')!.assignedElements()): void {
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
      if (element.localName != 'cswb-priority-card') continue;
      const card = element as PriorityCard;
      if (!card.hasAttribute('heading-level')) card.headingLevel = levelOf(this);
      if (!card.hasAttribute('finder')) card.finder = this.finder;
    }
  }

  protected override render() {
    const level = levelOf(this);
    return html`<div part="grid" class="grid" role="list">
      ${this._slots.has(DEFAULT_SLOT)
        ? nothing
        : PRIORITIES.map(
            (priority) =>
              html`<cswb-priority-card
                role="listitem"
                exportparts="card,icon,heading,link,stat,body,actions,finder-button"
                priority=${priority}
                heading-level=${level}
                finder=${this.finder || nothing}
                strings=${this.strings ?? nothing}
              ></cswb-priority-card>`,
          )}<slot></slot>
    </div>`;
  }
}
