import { expect } from '@open-wc/testing';
import { mailtoUrl, safeHttpUrl, telUrl } from './safe-url.js';

describe('safe URLs', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://www.halton.ca/cswb')).to.equal('https://www.halton.ca/cswb');
    expect(safeHttpUrl(' http://example.org ')).to.equal('http://example.org/');
  });

  it('refuses every other scheme, relative paths and non-strings', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'www.example.org', 'https://', ' \u0000javascript:x', 42, null, {}]) {
      expect(safeHttpUrl(bad), String(bad)).to.equal(null);
    }
  });

  it('builds tel: links from phone numbers as people write them', () => {
    expect(telUrl('1-800-668-6868')).to.equal('tel:18006686868');
    expect(telUrl('9-8-8')).to.equal('tel:988');
    expect(telUrl('+1 (905) 825-4777')).to.equal('tel:+19058254777');
    expect(telUrl('911')).to.equal('tel:911');
  });

  it('refuses phone values with letters or markup', () => {
    for (const bad of ['call us', '1-800-222-TIPS', '<a>911</a>', 'javascript:911', '12', '', 5]) {
      expect(telUrl(bad), String(bad)).to.equal(null);
    }
  });

  it('builds mailto: links only from plain e-mail addresses', () => {
    expect(mailtoUrl('info@example.org')).to.equal('mailto:info@example.org');
    for (const bad of ['not an email', 'a@b', 'x@y.com?cc=z@w.com', 'help@agency.ca?bcc=spy%40evil.com&body=hi.com', 'a@b.ca#x', 'a%40b@c.ca', '<x@y.com>', 'javascript:x@y.com', 7]) {
      expect(mailtoUrl(bad), String(bad)).to.equal(null);
    }
  });
});
