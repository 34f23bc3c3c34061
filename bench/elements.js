// Runs in the page: renders 200 instances of each element against a plain Lit element with the
// same shadow DOM and styles but none of the logic, alternating the two, and reports medians.
import { LitElement, html } from './results/lit-baseline.js';

const COUNT = 200;
const ROUNDS = 15;

/** A Lit template from a fixed markup string, as a hand-written html`` literal would make. */
function staticTemplate(markup) {
  const strings = Object.assign([markup], { raw: [markup] });
  return html(strings);
}

/** The plain element for `tag`: a copy of what `tag` renders with the case's attributes. */
function baselineFor(tag, attributes) {
  const probe = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
  document.body.append(probe);
  return probe.updateComplete.then(() => {
    const markup = probe.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    const styles = customElements.get(tag).elementStyles;
    probe.remove();
    const name = `plain-${tag}`;
    if (!customElements.get(name)) {
      customElements.define(
        name,
        class extends LitElement {
          static styles = styles;
          render() {
            return staticTemplate(markup);
          }
        },
      );
    }
    return name;
  });
}

async function renderAll(tag, attributes, container) {
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    fragment.append(el);
  }
  container.append(fragment);
  await Promise.all([...container.children].map((el) => el.updateComplete));
  void container.offsetHeight;
  const elapsed = performance.now() - start;
  container.replaceChildren();
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** cases: [{ tag, attributes }] */
export async function benchElements(cases) {
  const container = document.createElement('div');
  document.body.append(container);
  const results = [];
  for (const { tag, attributes = {} } of cases) {
    await customElements.whenDefined(tag);
    const plain = await baselineFor(tag, attributes);
    const ours = [];
    const base = [];
    await renderAll(tag, attributes, container);
    await renderAll(plain, attributes, container);
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2) {
        base.push(await renderAll(plain, attributes, container));
        ours.push(await renderAll(tag, attributes, container));
      } else {
        ours.push(await renderAll(tag, attributes, container));
        base.push(await renderAll(plain, attributes, container));
      }
    }
    const ratios = ours.map((value, i) => value / base[i]);
    results.push({
      tag,
      oursMedian: median(ours),
      baselineMedian: median(base),
      ratioMedian: median(ratios),
      ratioMin: Math.min(...ratios),
      ratioMax: Math.max(...ratios),
    });
  }
  container.remove();
  return results;
}
