import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, sleep, spaces } from '../../test/helpers.js';
import './define.js';
import type { HelpLines } from './help-lines.js';
import { BUILT_IN_IDS, type HelpLineInput } from './lines.js';

const items = (el: HelpLines) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li')];
const ids = (el: HelpLines) => items(el).map((li) => li.dataset['id']);
const notice = (el: HelpLines) => el.shadowRoot!.querySelector<HTMLElement>('[part="notice"]');
const item = (el: HelpLines, id: string) => el.shadowRoot!.querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
/** Each link of a line as [href, accessible name from content, visible text]. */
const links = (el: HelpLines, id: string) =>
  [...item(el, id).querySelectorAll('a')].map((a) => [a.getAttribute('href'), spaces(a.textContent), spaces(visibleText(a))]);
/** Text a sighted reader sees: everything except visually hidden spans. */
function visibleText(node: Node): string {
  if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(visibleText).join('');
}

const HALTON = JSON.stringify([
  {
    id: 'coast-halton',
    name: { en: 'COAST Halton', fr: 'COAST Halton' },
    number: '1-877-825-9011',
    description: { en: 'Mental health crisis line (local example).', fr: 'Ligne de crise en santé mentale (exemple local).' },
  },
  { id: 'hrps-non-emergency', name: { en: 'Police non-emergency', fr: 'Police, non urgent' }, number: '905-825-4777' },
]);

describe('<cswb-help-lines>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is accessible in both layouts, light and French', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines></cswb-help-lines>`);
    await expect(el).to.be.accessible();
    el.layout = 'strip';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const fr = await fixture<HelpLines>(html`<cswb-help-lines lang="fr"></cswb-help-lines>`);
    await expect(fr).to.be.accessible();
  });

  it('lists every built-in line by default, in order, as a labelled list', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines></cswb-help-lines>`);
    expect(ids(el)).to.deep.equal([
      'emergency',
      'suicide-crisis',
      'ontario-211',
      'kids-help-phone',
      'connexontario',
      'assaulted-womens-helpline',
      'seniors-safety-line',
      'human-trafficking-hotline',
      'crime-stoppers',
      'hope-for-wellness',
    ]);
    expect(BUILT_IN_IDS).to.deep.equal(ids(el));
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(spaces(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent)).to.equal('Help lines');
    expect(el.layout).to.equal('list');
    expect(notice(el)).to.equal(null);
  });

  it('links every verified number with the right tel: and sms: targets', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines></cswb-help-lines>`);
    const hrefs = Object.fromEntries(BUILT_IN_IDS.map((id) => [id, links(el, id).map(([href]) => href)]));
    expect(hrefs).to.deep.equal({
      emergency: ['tel:911'],
      'suicide-crisis': ['tel:988', 'sms:988'],
      'ontario-211': ['tel:211', 'tel:18773303213'],
      'kids-help-phone': ['tel:18006686868', 'sms:686868?body=CONNECT'],
      connexontario: ['tel:18665312600'],
      'assaulted-womens-helpline': ['tel:18668630511', 'tel:18668637868'],
      'seniors-safety-line': ['tel:18662991011'],
      'human-trafficking-hotline': ['tel:18339001010'],
      'crime-stoppers': ['tel:18002228477'],
      'hope-for-wellness': ['tel:18552423310'],
    });
  });

  it('shows each number as written, and names each link starting with that text, then the line', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines></cswb-help-lines>`);
    expect(links(el, 'kids-help-phone')).to.deep.equal([
      ['tel:18006686868', 'Call 1-800-668-6868, Kids Help Phone', 'Call 1-800-668-6868'],
      ['sms:686868?body=CONNECT', 'Text CONNECT to 686868, Kids Help Phone', 'Text CONNECT to 686868'],
    ]);
    expect(links(el, 'assaulted-womens-helpline')[1]!.slice(1)).to.deep.equal(['TTY 1-866-863-7868, Assaulted Women’s Helpline', 'TTY 1-866-863-7868']);
    expect(links(el, 'crime-stoppers')[0]!.slice(1)).to.deep.equal(['Call 1-800-222-TIPS (8477), Crime Stoppers', 'Call 1-800-222-TIPS (8477)']);
    expect(links(el, 'emergency')[0]!.slice(1)).to.deep.equal(['Call 9-1-1, Emergency', 'Call 9-1-1']);
    for (const id of BUILT_IN_IDS) {
      for (const [, name, visible] of links(el, id)) expect(name!.startsWith(visible!), `${id}: ${name}`).to.equal(true);
    }
  });

  it('describes what each line is for, with hours and languages where known', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="suicide-crisis ontario-211"></cswb-help-lines>`);
    const crisis = item(el, 'suicide-crisis');
    expect(spaces(crisis.querySelector('[part="name"]')!.textContent)).to.equal('Suicide Crisis Helpline');
    expect(spaces(crisis.querySelector('[part="description"]')!.textContent)).to.contain('thinking about suicide');
    expect(spaces(crisis.querySelector('[part="details"]')!.textContent)).to.equal('Hours: 24/7 · Languages: English and French');
    expect(spaces(item(el, 'ontario-211').querySelector('[part="details"]')!.textContent)).to.equal('Languages: More than 150 languages');
  });

  it('picks and orders lines with the lines attribute', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="kids-help-phone, emergency  suicide-crisis"></cswb-help-lines>`);
    expect(ids(el)).to.deep.equal(['kids-help-phone', 'emergency', 'suicide-crisis']);
    el.lines = 'crime-stoppers';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['crime-stoppers']);
  });

  it('shows a wrapping strip of names and numbers, one call link per line, emergency marked', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines layout="strip" lines="emergency suicide-crisis kids-help-phone"></cswb-help-lines>`);
    expect(spaces(el.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal('Help lines');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.classList.contains('visually-hidden')).to.equal(false);
    expect(items(el).map((li) => [...li.querySelectorAll('a')].map((a) => [a.getAttribute('href'), spaces(a.textContent)]))).to.deep.equal([
      [['tel:911', 'Emergency 9-1-1']],
      [['tel:988', 'Suicide Crisis Helpline 9-8-8']],
      [['tel:18006686868', 'Kids Help Phone 1-800-668-6868']],
    ]);
    expect(item(el, 'emergency').part.contains('emergency')).to.equal(true);
    const emergency = getComputedStyle(item(el, 'emergency').querySelector('a')!).backgroundColor;
    const other = getComputedStyle(item(el, 'suicide-crisis').querySelector('a')!).backgroundColor;
    expect(emergency).not.to.equal(other);
  });

  it('colours all the text of the emergency line with --cswb-help-lines-emergency-color, in both layouts', async () => {
    const colour = (el: HelpLines, id: string) =>
      [...item(el, id).querySelectorAll('.name, [part="description"], [part="details"], a, .number')].map((node) => getComputedStyle(node).color);
    const plain = await fixture<HelpLines>(html`<cswb-help-lines lines="emergency suicide-crisis"></cswb-help-lines>`);
    const [name, description, link] = colour(plain, 'emergency');
    expect([name, description]).to.deep.equal(colour(plain, 'suicide-crisis').slice(0, 2));
    expect(link).to.equal(getComputedStyle(item(plain, 'suicide-crisis').querySelector('a')!).color);
    for (const layout of ['list', 'strip']) {
      const el = await fixture<HelpLines>(
        html`<cswb-help-lines layout=${layout} lines="emergency suicide-crisis" style="--cswb-help-lines-emergency-color: rgb(1, 2, 3)"></cswb-help-lines>`,
      );
      const colours = colour(el, 'emergency');
      expect(colours.length, layout).to.be.at.least(layout === 'list' ? 4 : 3);
      expect(new Set(colours), layout).to.deep.equal(new Set(['rgb(1, 2, 3)']));
      expect(colour(el, 'suicide-crisis'), layout).not.to.include('rgb(1, 2, 3)');
    }
  });

  it('never scrolls sideways at 320 px, in either layout', async () => {
    for (const layout of ['strip', 'list']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px; overflow: auto">
        <cswb-help-lines layout=${layout}></cswb-help-lines>
      </div>`);
      await wrap.querySelector('cswb-help-lines')!.updateComplete;
      expect(wrap.scrollWidth, layout).to.be.at.most(wrap.clientWidth);
    }
  });

  it('gives every link a target at least 24 CSS pixels tall', async () => {
    for (const layout of ['strip', 'list'] as const) {
      const el = await fixture<HelpLines>(html`<cswb-help-lines layout=${layout}></cswb-help-lines>`);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getBoundingClientRect().height, layout).to.be.at.least(24);
    }
  });

  it('adds local lines from an inline JSON child after the built-in ones', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines><script type="application/json">${HALTON}</script></cswb-help-lines>`);
    expect(ids(el).slice(-3)).to.deep.equal(['hope-for-wellness', 'coast-halton', 'hrps-non-emergency']);
    expect(links(el, 'coast-halton')).to.deep.equal([['tel:18778259011', 'Call 1-877-825-9011, COAST Halton', 'Call 1-877-825-9011']]);
    expect(spaces(item(el, 'coast-halton').querySelector('[part="description"]')!.textContent)).to.equal('Mental health crisis line (local example).');
    expect(links(el, 'hrps-non-emergency')[0]![0]).to.equal('tel:9058254777');
  });

  it('orders custom and built-in lines together with lines, and reads a child added later', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="emergency hrps-non-emergency coast-halton"></cswb-help-lines>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = HALTON;
    el.append(script);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['emergency', 'hrps-non-emergency', 'coast-halton']);
  });

  it('lines up a number shown without a link with the links beside it', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="walk-in"></cswb-help-lines>`);
    el.customLines = [{ id: 'walk-in', name: { en: 'Walk-in clinic', fr: 'Clinique sans rendez-vous' }, number: '905-555-0100', text: '905-555-0102' }];
    await el.updateComplete;
    const contacts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id="walk-in"] .contacts > *')];
    expect(contacts.map((c) => c.localName)).to.deep.equal(['a', 'span']);
    const middle = (c: HTMLElement) => {
      const box = c.getBoundingClientRect();
      return Math.round(box.top + box.height / 2);
    };
    const text = (c: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      const box = range.getClientRects()[0]!;
      return Math.round(box.top + box.height / 2);
    };
    expect(middle(contacts[1]!)).to.be.closeTo(middle(contacts[0]!), 1);
    expect(text(contacts[1]!)).to.be.closeTo(text(contacts[0]!), 1);
  });

  it('reads its JSON child again when it is put back in the page after the child changed', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="coast-halton"><script type="application/json">${HALTON}</script></cswb-help-lines>`);
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('script')!.textContent = JSON.stringify([{ id: 'coast-halton', name: 'COAST (updated)', number: '1-877-825-9011' }]);
    parent.append(el);
    await el.updateComplete;
    expect(spaces(el.shadowRoot!.querySelector('[data-id="coast-halton"] .name')!.textContent)).to.equal('COAST (updated)');
  });

  it('takes custom lines from the customLines property, which wins over the child', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="crisis-team coast-halton"><script type="application/json">${HALTON}</script></cswb-help-lines>`);
    el.customLines = [
      {
        id: 'crisis-team',
        name: { en: 'Mobile crisis team', fr: 'Équipe mobile de crise' },
        number: '905-555-0100',
        tty: '905-555-0101',
        text: '905-555-0102',
        hours: { en: 'Evenings', fr: 'Le soir' },
        url: 'https://example.org/crisis',
      },
    ];
    const warnings = captureWarnings();
    try {
      await el.updateComplete;
      await sleep(0);
    } finally {
      warnings.restore();
    }
    expect(ids(el)).to.deep.equal(['crisis-team']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"coast-halton"');
    expect(links(el, 'crisis-team')).to.deep.equal([
      ['tel:9055550100', 'Call 905-555-0100, Mobile crisis team', 'Call 905-555-0100'],
      ['tel:9055550101', 'TTY 905-555-0101, Mobile crisis team', 'TTY 905-555-0101'],
      ['https://example.org/crisis', 'Website, Mobile crisis team', 'Website'],
    ]);
    // A partner's text number is shown, never turned into an sms: link.
    expect(spaces(item(el, 'crisis-team').querySelector('.contacts')!.textContent)).to.contain('Text 905-555-0102');
    expect(spaces(item(el, 'crisis-team').querySelector('[part="details"]')!.textContent)).to.equal('Hours: Evenings');
  });

  it('lets a custom line with a built-in id replace that line in place', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lines="emergency ontario-211"></cswb-help-lines>`);
    el.customLines = [{ id: 'ontario-211', name: '211 Central', number: '2-1-1', description: 'Halton services.' }];
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['emergency', 'ontario-211']);
    expect(links(el, 'ontario-211').map(([href]) => href)).to.deep.equal(['tel:211']);
    expect(spaces(item(el, 'ontario-211').querySelector('[part="name"]')!.textContent)).to.equal('211 Central');
  });

  it('reaches every link with Tab', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines layout="strip" lines="emergency suicide-crisis"></cswb-help-lines>`);
    const [first, second] = el.shadowRoot!.querySelectorAll('a');
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
  });

  it('shows the built-in lines and warns once when the inline JSON is broken', async () => {
    const warnings = captureWarnings();
    let el: HelpLines;
    try {
      el = await fixture<HelpLines>(html`<cswb-help-lines><script type="application/json">[{"id": "coast-halton",</script></cswb-help-lines>`);
      el.requestUpdate('lines');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(ids(el)).to.deep.equal([...BUILT_IN_IDS]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('cannot be parsed');
    expect(spaces(notice(el)!.textContent)).to.equal('Some local help lines could not be shown.');
    expect(notice(el)!.getBoundingClientRect().height).to.be.above(0);
    await expect(el).to.be.accessible();
    el.customLines = JSON.parse(HALTON) as HelpLineInput[];
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('skips bad custom lines, saying why for each, and never links unsafe URLs', async () => {
    const bad = JSON.stringify([
      { id: 'no-number', name: 'No number' },
      { id: 'letters', name: 'Letters', number: '1-800-CALL-NOW' },
      { id: 'Bad Id', name: 'Bad id', number: '905-555-0100' },
      { id: 'script-url', name: 'Script', number: '905-555-0100', url: 'javascript:alert(1)' },
      { id: 'sms-text', name: 'Text', number: '905-555-0100', text: 'sms:5550100' },
      { id: 'good', name: 'Good', number: '905-555-0199', text: '905-555-0197' },
      { id: 'good', name: 'Again', number: '905-555-0198' },
      'not an object',
    ]);
    const warnings = captureWarnings();
    let el: HelpLines;
    try {
      el = await fixture<HelpLines>(html`<cswb-help-lines><script type="application/json">${bad}</script></cswb-help-lines>`);
    } finally {
      warnings.restore();
    }
    expect(ids(el).slice(BUILT_IN_IDS.length)).to.deep.equal(['good']);
    expect(spaces(notice(el)!.textContent)).to.equal('Some local help lines could not be shown.');
    expect(warnings.messages).to.have.length(7);
    const all = warnings.messages.join('\n');
    for (const what of ['"no-number"', '"letters"', 'custom line 3', '"script-url" has a url', '"sms-text" has a text', 'repeats the id "good"', 'custom line 8']) {
      expect(all).to.contain(what);
    }
    // sms: links come only from the built-in lines; a partner's text number is never one.
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.closest('li')!.dataset['id'], a.getAttribute('href')!]);
    expect(hrefs.filter(([, href]) => !/^(tel:|sms:|https?:)/.test(href!))).to.deep.equal([]);
    expect(spaces(item(el, 'good').querySelector('.contacts')!.textContent)).to.contain('Text 905-555-0197');
    expect(hrefs.filter(([id, href]) => href!.startsWith('sms:') && !BUILT_IN_IDS.includes(id!))).to.deep.equal([]);
  });

  it('warns once for each unknown id, and shows every line when none is known', async () => {
    const warnings = captureWarnings();
    let el: HelpLines;
    let picked: HelpLines;
    try {
      picked = await fixture<HelpLines>(html`<cswb-help-lines lines="emergency police 988"></cswb-help-lines>`);
      el = await fixture<HelpLines>(html`<cswb-help-lines lines="nothing-here" layout="grid"></cswb-help-lines>`);
      await sleep(0);
    } finally {
      warnings.restore();
    }
    expect(ids(picked)).to.deep.equal(['emergency']);
    expect(ids(el)).to.deep.equal([...BUILT_IN_IDS]);
    expect(el.layout).to.equal('list');
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages.join('\n')).to.contain('"police"').and.contain('"988"').and.contain('"nothing-here"').and.contain('layout="grid"');
  });

  it('speaks French, marking names it only has in English', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lang="fr-CA"></cswb-help-lines>`);
    expect(spaces(el.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal('Lignes d’aide');
    expect(links(el, 'kids-help-phone')).to.deep.equal([
      ['tel:18006686868', 'Appelez le 1-800-668-6868, Jeunesse, J’écoute', 'Appelez le 1-800-668-6868'],
      ['sms:686868?body=CONNECT', 'Textez le mot CONNECT au 686868, Jeunesse, J’écoute', 'Textez le mot CONNECT au 686868'],
    ]);
    expect(links(el, 'suicide-crisis').map(([, , visible]) => visible)).to.deep.equal(['Appelez le 9-8-8', 'Textez le 9-8-8']);
    expect(links(el, 'assaulted-womens-helpline')[1]!.slice(1)).to.deep.equal(['ATS 1-866-863-7868, Assaulted Women’s Helpline', 'ATS 1-866-863-7868']);
    expect(spaces(item(el, 'crime-stoppers').querySelector('[part="name"]')!.textContent)).to.equal('Échec au crime');
    expect(spaces(item(el, 'suicide-crisis').querySelector('[part="details"]')!.textContent)).to.equal(
      'Heures : 24 heures sur 24, 7 jours sur 7 · Langues : Français et anglais',
    );
    const english = item(el, 'seniors-safety-line').querySelector('[part="name"] span')!;
    expect(english.getAttribute('lang')).to.equal('en-CA');
    expect(english.textContent).to.equal('Seniors Safety Line');
    expect(item(el, 'crime-stoppers').querySelector('[part="name"] [lang]')).to.equal(null);
  });

  it('says in French that some local lines could not be shown', async () => {
    const warnings = captureWarnings();
    let el: HelpLines;
    try {
      el = await fixture<HelpLines>(html`<cswb-help-lines lang="fr"><script type="application/json">{"id": "x",</script></cswb-help-lines>`);
    } finally {
      warnings.restore();
    }
    expect(ids(el)).to.deep.equal([...BUILT_IN_IDS]);
    expect(spaces(notice(el)!.textContent)).to.equal('Certaines lignes d’aide locales n’ont pas pu être affichées.');
  });

  it('marks the hours and languages of a custom line it only has in English, on a French page', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines lang="fr" lines="crisis-team"></cswb-help-lines>`);
    el.customLines = [{ id: 'crisis-team', name: 'Crisis team', number: '905-555-0100', hours: { en: 'Evenings' }, languages: { en: 'English and Punjabi', fr: 'Anglais et pendjabi' } }];
    await el.updateComplete;
    const details = item(el, 'crisis-team').querySelector('[part="details"]')!;
    expect(spaces(details.textContent)).to.equal('Heures : Evenings · Langues : Anglais et pendjabi');
    const marked = [...details.querySelectorAll('[lang]')];
    expect(marked.map((span) => [span.getAttribute('lang'), span.textContent])).to.deep.equal([['en-CA', 'Evenings']]);
  });

  it('gives custom lines in French, and follows a change of the page language', async () => {
    const el = await fixture<HelpLines>(html`<cswb-help-lines layout="strip" lines="coast-halton hrps-non-emergency"><script type="application/json">${HALTON}</script></cswb-help-lines>`);
    expect(spaces(item(el, 'hrps-non-emergency').textContent)).to.equal('Police non-emergency 905-825-4777');
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(spaces(item(el, 'hrps-non-emergency').textContent)).to.equal('Police, non urgent 905-825-4777');
    expect(spaces(el.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal('Lignes d’aide');
  });
});
