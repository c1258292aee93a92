import { describe, expect, it } from 'vitest';
import { isBareActor, parseSpeaker } from '../../../src/core/english/speakers.js';

describe('speaker phrases', () => {
  it('splits titles from names and appositions from subjects', () => {
    expect(parseSpeaker('Pakistan’s Army Chief General Asim Munir')).toEqual({ speaker: 'Asim Munir', affiliation: 'Pakistan’s Army Chief General' });
    expect(parseSpeaker('A senior military official, speaking anonymously')).toEqual({ speaker: 'A senior military official' });
    expect(parseSpeaker('Soon after the announcement, Mr. Ortiz, the rebel spokesman')).toEqual({ speaker: 'Ortiz', affiliation: 'the rebel spokesman' });
    expect(parseSpeaker('California Highway Patrol Officer Brad Baehr')).toEqual({ speaker: 'Brad Baehr', affiliation: 'California Highway Patrol Officer' });
  });

  it('reads a document as the voice of who issued it, and no relative clause as a speaker', () => {
    expect(parseSpeaker('a statement released by the Qatari Ministry of Foreign Affairs')).toEqual({ speaker: 'the Qatari Ministry of Foreign Affairs' });
    expect(parseSpeaker('a charge the Taliban')).toBeUndefined();
  });

  it('tells a country or group named bare from a person or a role', () => {
    expect(isBareActor('Pakistan')).toBe(true);
    expect(isBareActor('The Afghan Taliban')).toBe(true);
    expect(isBareActor('Khawaja Asif')).toBe(false);
    expect(isBareActor('Pakistani officials')).toBe(false);
  });
});
