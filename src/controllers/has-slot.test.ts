import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { DEFAULT_SLOT, HasSlotController } from './has-slot.js';

/** A throwaway element that shows which of its slots have content. */
class SlotProbe extends LitElement {
  readonly slots = new HasSlotController(this, DEFAULT_SLOT, 'heading');
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<slot name="heading"></slot><slot></slot><slot name="actions"></slot>`;
  }
}
customElements.define('cswb-test-slot-probe', SlotProbe);

const settle = async (el: SlotProbe) => {
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
};

describe('HasSlotController', () => {
  it('sees no content in empty slots or whitespace alone', async () => {
    const el = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe>
    </cswb-test-slot-probe>`);
    expect(el.slots.has(DEFAULT_SLOT)).to.equal(false);
    expect(el.slots.has('heading')).to.equal(false);
  });

  it('sees text, unslotted elements and slot="" in the default slot, and named content in its slot', async () => {
    const text = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe>Some text</cswb-test-slot-probe>`);
    expect(text.slots.has(DEFAULT_SLOT)).to.equal(true);
    const empty = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe><p slot="">Body</p></cswb-test-slot-probe>`);
    expect(empty.slots.has(DEFAULT_SLOT)).to.equal(true);
    const named = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe><span slot="heading">Title</span></cswb-test-slot-probe>`);
    expect(named.slots.has('heading')).to.equal(true);
    expect(named.slots.has(DEFAULT_SLOT)).to.equal(false);
  });

  it('re-renders the host when content arrives in or leaves a slot it watches', async () => {
    const el = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe></cswb-test-slot-probe>`);
    const before = el.renders;
    const title = document.createElement('span');
    title.slot = 'heading';
    el.append(title);
    await settle(el);
    expect(el.renders).to.equal(before + 1);
    expect(el.slots.has('heading')).to.equal(true);
    title.remove();
    await settle(el);
    expect(el.renders).to.equal(before + 2);
    expect(el.slots.has('heading')).to.equal(false);
  });

  it('ignores slots it was not asked about', async () => {
    const el = await fixture<SlotProbe>(testHtml`<cswb-test-slot-probe></cswb-test-slot-probe>`);
    const before = el.renders;
    const other = document.createElement('span');
    other.slot = 'actions';
    el.append(other);
    await settle(el);
    expect(el.renders).to.equal(before);
  });
});
