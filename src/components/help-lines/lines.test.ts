import { expect } from '@open-wc/testing';
import { BUILT_IN_IDS, localized, normalizeLine, normalizeLines, parseIds, parseLinesJson, selectLines } from './lines.js';

describe('help-line data', () => {
  it('gives a text in the wanted language, saying when French fell back to English', () => {
    expect(localized('211 Ontario', 'fr')).to.deep.equal({ text: '211 Ontario', fallback: false });
    expect(localized({ en: 'Emergency', fr: 'Urgence' }, 'fr')).to.deep.equal({ text: 'Urgence', fallback: false });
    expect(localized({ en: 'Seniors Safety Line' }, 'fr')).to.deep.equal({ text: 'Seniors Safety Line', fallback: true });
    expect(localized({ en: 'Seniors Safety Line' }, 'en')).to.deep.equal({ text: 'Seniors Safety Line', fallback: false });
  });

  it('normalises a partner line into a tel: contact, trimming texts', () => {
    expect(normalizeLine({ id: 'crisis', name: ' Crisis team ', number: ' 905-555-0100 ', languages: { en: 'English', fr: '' } })).to.deep.equal({
      id: 'crisis',
      name: 'Crisis team',
      contacts: [{ kind: 'call', label: '905-555-0100', href: 'tel:9055550100' }],
      languages: { en: 'English' },
    });
  });

  it('refuses names and texts that are not text', () => {
    expect(normalizeLine({ id: 'a', name: { fr: 'Seulement français' }, number: '911' })).to.be.a('string');
    expect(normalizeLine({ id: 'a', name: 'A', number: '911', hours: 24 })).to.contain('hours');
    expect(normalizeLine({ id: 'a', name: 'A', number: '911', description: { en: 'x', fr: 3 } })).to.contain('description');
    expect(normalizeLine({ id: 'a', name: '  ', number: '911' })).to.contain('no name');
  });

  it('reports a value that is not an array, and JSON that does not parse', () => {
    expect(normalizeLines({ id: 'a' }).problems).to.deep.equal(['custom lines must be a JSON array of lines']);
    expect(parseLinesJson('{')).to.equal(null);
    expect(parseLinesJson('[]')).to.deep.equal({ lines: [], problems: [] });
  });

  it('selects lines by id once each, in the order given', () => {
    expect(selectLines([], ['emergency', 'emergency', 'kids-help-phone']).lines.map((line) => line.id)).to.deep.equal(['emergency', 'kids-help-phone']);
    expect(selectLines([], []).lines.map((line) => line.id)).to.deep.equal([...BUILT_IN_IDS]);
    expect(parseIds(' a, b  c,,')).to.deep.equal(['a', 'b', 'c']);
  });
});
