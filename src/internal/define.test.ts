import { expect } from '@open-wc/testing';
import { VERSION } from '../version.js';
import { captureWarnings } from '../test/helpers.js';
import { defineElement } from './define.js';

let count = 0;
const freshTag = () => `cswb-define-test-${++count}`;

describe('defineElement', () => {
  it('defines a new tag', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    defineElement(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('is silent when the same class is defined again (the bundle loaded twice)', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement(tag, A);
      defineElement(tag, A);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first class and stays silent when another copy of the same version defines it (bundle and loader)', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement(tag, First);
      defineElement(tag, Second);
    } finally {
      warnings.restore();
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version registered the tags first', () => {
    const tags = [freshTag(), freshTag()];
    const registry = (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('cswb-widgets.registry')]!;
    for (const tag of tags) {
      customElements.define(tag, class extends HTMLElement {});
      registry.set(tag, '0.0.1-old');
    }
    const warnings = captureWarnings();
    try {
      for (const tag of tags) defineElement(tag, class extends HTMLElement {});
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1-old').and.contain(VERSION);
  });

  it('warns when other code owns the tag, and does not throw', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${tag}>`);
  });
});
