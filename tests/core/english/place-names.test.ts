import { describe, expect, it } from 'vitest';
import { placeName } from '../../../src/core/english/place-names.js';

describe('places with two English names', () => {
  it('gives the name every listed name of one place stands for', () => {
    expect(placeName('Salonika')).toBe('Thessaloniki');
    expect(placeName('Thessaloniki')).toBe('Thessaloniki');
    expect(placeName('Kiev')).toBe('Kyiv');
    expect(placeName('München')).toBe('Munich');
  });

  it("takes states' second names from the capitals' one list of states, one-word and unshared only", () => {
    expect(placeName('Burma')).toBe('Myanmar');
    expect(placeName('Swaziland')).toBe('Eswatini');
    // Two states are called Congo; Czechia's other name is two words: neither is folded into another name.
    expect(placeName('Congo')).toBe('Congo');
    expect(placeName('Czechia')).toBe('Czechia');
  });

  it('leaves any other name as it is, and names other places bear too', () => {
    expect(placeName('Athens')).toBe('Athens');
    // Canton, Ohio and Salisbury, England: a name that is also another place's is not listed.
    expect(placeName('Canton')).toBe('Canton');
    expect(placeName('Salisbury')).toBe('Salisbury');
  });
});
