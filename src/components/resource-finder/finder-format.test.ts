import { expect } from '@open-wc/testing';
import { costText } from './finder-format.js';

describe('costText', () => {
  it('puts the free/fees label before the published text', () => {
    expect(costText('Fees apply', '$20 per session')).to.equal('Fees apply — $20 per session');
    expect(costText('Free', 'No referral needed.')).to.equal('Free — No referral needed.');
  });

  it('leaves the label out when the text already starts with it, accents and case aside', () => {
    expect(costText('Free', 'Free and confidential.')).to.equal('Free and confidential.');
    expect(costText('Free', 'FREE, no referral')).to.equal('FREE, no referral');
    expect(costText('Gratuit', 'gratuit et confidentiel')).to.equal('gratuit et confidentiel');
    expect(costText('Frais', 'Frais : 20 $')).to.equal('Frais : 20 $');
  });

  it('keeps the label when the text only starts with the same letters, or is in another language', () => {
    expect(costText('Free', 'Freedom Fund covers the cost')).to.equal('Free — Freedom Fund covers the cost');
    expect(costText('Gratuit', 'Free and confidential.')).to.equal('Gratuit — Free and confidential.');
  });

  it('shows whichever of the two there is', () => {
    expect(costText('Free', null)).to.equal('Free');
    expect(costText(false, 'Sliding scale')).to.equal('Sliding scale');
    expect(costText(false, null)).to.equal('');
  });
});
