import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../src/core/english/titles.js';

// Name runs as news articles write them (the first two in ECB+): one title stripper, split after the leading titles or at the last one.
describe('splitTitle', () => {
  it('splits at the last title, keeping the body in front of it with the role, when a full name follows', () => {
    expect(splitTitle('California Highway Patrol Officer Brad Baehr', 'name', 'last')).toEqual({ role: 'California Highway Patrol Officer', name: 'Brad Baehr' });
    expect(splitTitle('Commerce Secretary Gary Locke', 'name', 'last')).toEqual({ role: 'Commerce Secretary', name: 'Gary Locke' });
    // Read from the start, the body is no title and the run is a name.
    expect(splitTitle('California Highway Patrol Officer Brad Baehr')).toEqual({ name: 'California Highway Patrol Officer Brad Baehr' });
  });

  it('reads from the start when no full name follows the last title', () => {
    expect(splitTitle('General Motors', 'name', 'last')).toEqual({ name: 'General Motors' });
    expect(splitTitle('Defence Minister Khawaja Asif', 'name', 'last')).toEqual({ role: 'Defence Minister', name: 'Khawaja Asif' });
    expect(splitTitle('President Obama', 'name', 'last')).toEqual({ role: 'President', name: 'Obama' });
  });
});
