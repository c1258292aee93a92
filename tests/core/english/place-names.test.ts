import { describe, expect, it } from 'vitest';
import { placeName } from '../../../src/core/english/place-names.js';

describe('places with two English names', () => {
  it('gives the name every listed name of one place stands for', () => {
    expect(placeName('Salonika')).toBe('Thessaloniki');
    expect(placeName('Thessaloniki')).toBe('Thessaloniki');
    expect(placeName('Kiev')).toBe('Kyiv');
    expect(placeName('München')).toBe('Munich');
  });

  it('leaves any other name as it is, and names other places bear too', () => {
    expect(placeName('Athens')).toBe('Athens');
    // Canton, Ohio and Salisbury, England: a name that is also another place's is not listed.
    expect(placeName('Canton')).toBe('Canton');
    expect(placeName('Salisbury')).toBe('Salisbury');
  });
});
