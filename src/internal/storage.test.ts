import { expect } from '@open-wc/testing';
import { captureWarnings } from '../test/helpers.js';
import { safeStorage } from './storage.js';

describe('safeStorage', () => {
  afterEach(() => localStorage.removeItem('cswb-storage-test'));

  it('reads, writes and removes', () => {
    safeStorage.set('cswb-storage-test', '125');
    expect(safeStorage.get('cswb-storage-test')).to.equal('125');
    safeStorage.set('cswb-storage-test', null);
    expect(localStorage.getItem('cswb-storage-test')).to.equal(null);
  });

  it('never throws when storage is blocked, and warns at most once', () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    const warnings = captureWarnings();
    try {
      expect(safeStorage.get('cswb-storage-test')).to.equal(null);
      expect(() => safeStorage.set('cswb-storage-test', '1')).not.to.throw();
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
      warnings.restore();
    }
    expect(warnings.messages.length).to.be.at.most(1);
  });
});
