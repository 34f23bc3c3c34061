import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../controllers/localize.js';
import { captureWarnings } from '../test/helpers.js';
import { format, languageOf, setStrings, toLocale } from './locale.js';

const messages = {
  en: { hello: 'Hello {name}', bye: 'Goodbye' },
  fr: { hello: 'Bonjour {name}', bye: 'Au revoir' },
};

class LocaleProbe extends LitElement {
  @property() strings: string | null = null;
  readonly l = new LocalizeController(this, 'locale-probe', messages);
  override render() {
    return html`<p>${this.l.t("hello", { name: "Halton" })} ${this.l.t("bye")}</p>`;
  }
}
customElements.define('cswb-locale-probe', LocaleProbe);

const text = (el: LocaleProbe) => el.shadowRoot!.textContent!.trim().replace(/\s+/g, ' ');

describe('locale', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('maps fr, fr-CA and fr-FR to French and everything else to English', () => {
    expect(['fr', 'fr-CA', 'FR-fr', 'fr-FR'].map(toLocale)).to.deep.equal(['fr', 'fr', 'fr', 'fr']);
    expect(['en', 'en-CA', 'es', '', 'french', null, undefined].map(toLocale)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{n} services, {x}', { n: 3 })).to.equal('3 services, {x}');
  });

  it("takes the element's own lang, then the nearest ancestor's across shadow roots, then <html lang>", async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner)).to.equal('fr-CA');
    inner.lang = 'en-GB';
    expect(languageOf(inner)).to.equal('en-GB');
    const loose = await fixture(html`<span></span>`);
    expect(languageOf(loose)).to.equal('en');
  });

  it('renders in the language of the page and re-renders live when <html lang> changes', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocaleProbe>(html`<cswb-locale-probe></cswb-locale-probe>`);
    expect(text(el)).to.equal('Hello Halton Goodbye');
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour Halton Au revoir');
  });

  it('takes overrides from the strings attribute, for all languages or per language', async () => {
    const el = await fixture<LocaleProbe>(html`<cswb-locale-probe lang="fr" strings='{"bye":"Salut"}'></cswb-locale-probe>`);
    expect(text(el)).to.equal('Bonjour Halton Salut');
    el.strings = JSON.stringify({ en: { bye: 'See you' }, fr: { hello: 'Allô {name}' } });
    await el.updateComplete;
    expect(text(el)).to.equal('Allô Halton Au revoir');
    el.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Hello Halton See you');
  });

  it('warns once about strings that are not a JSON object and keeps the built-in texts', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<LocaleProbe>(html`<cswb-locale-probe lang="en" strings="{oops"></cswb-locale-probe>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.equal('Hello Halton Goodbye');
      const list = await fixture<LocaleProbe>(html`<cswb-locale-probe lang="en" strings="[1,2]"></cswb-locale-probe>`);
      expect(text(list)).to.equal('Hello Halton Goodbye');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('not valid JSON');
    expect(warnings.messages[1]).to.contain('must be a JSON object');
  });

  it('lets the page override a text for every element of a component', async () => {
    const el = await fixture<LocaleProbe>(html`<cswb-locale-probe lang="en"></cswb-locale-probe>`);
    setStrings('locale-probe', 'en', { bye: 'Take care' });
    await el.updateComplete;
    expect(text(el)).to.equal('Hello Halton Take care');
    setStrings('locale-probe', 'en', { bye: 'Goodbye' });
  });

  it("takes overrides another copy of the library set (the page's one registry and its event)", async () => {
    const el = await fixture<LocaleProbe>(html`<cswb-locale-probe lang="en"></cswb-locale-probe>`);
    // What index.js does when the elements come from the one-file bundle: same global, its own module.
    const registry = (globalThis as unknown as Record<symbol, Record<string, Record<string, Record<string, string>>>>)[Symbol.for('cswb-widgets.strings')]!;
    registry['locale-probe'] = { en: { bye: 'From another copy' } };
    document.dispatchEvent(new Event('cswb-strings-change'));
    await el.updateComplete;
    expect(text(el)).to.equal('Hello Halton From another copy');
    delete registry['locale-probe'];
  });

  it("re-renders when lang changes on an ancestor inside an app's shadow root", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const section = document.createElement('section');
    section.lang = 'en';
    section.append(document.createElement('cswb-locale-probe'));
    host.attachShadow({ mode: 'open' }).append(section);
    const el = section.querySelector<LocaleProbe>('cswb-locale-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Hello Halton Goodbye');
    section.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour Halton Au revoir');
  });
});
