import { describe, expect, it } from 'vitest';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { setAgainst } from '../../../src/core/framing/contest.js';
import { ecbFramingCorpus, eventSection } from '../../../scripts/eval/framing-coverage.js';

// One-sided flags on real ECB+ coverage (tests/fixtures/ecbplus), where the build before stop 20 raised flags judged
// not defensible (tests/fixtures/framing/labels/ecbplus-*.json; docs/evaluation-framing.md, stop 20).
const ecb = ecbFramingCorpus();
const sections = new Map<string, ReturnType<typeof eventSection>>();
const section = (event: string) => sections.get(event) ?? sections.set(event, eventSection(ecb, event)).get(event) ?? eventSection(ecb, event);
function oneSidedFlags(event: string): string[] {
  const s = section(event);
  return s.section.flags.filter((f) => f.kind === 'one-sided').map((f) => `${f.articleId === CURRENT ? s.page : f.articleId}: ${f.detail}`);
}

describe('one-sided flags rest on a contest the coverage sets', () => {
  it('raises none where companies report a repair side by side (undersea cable cuts): no party is set against another', () => {
    // Before: Interoute (30_12, 30_7) and France Telecom (30_1) flagged, with Egypt "unheard": Egypt commissioned the repair.
    expect(oneSidedFlags('30/30')).toEqual([]);
  });

  it('names as unheard no side read from a phrase whose speaker is someone else, nor the police that made the arrests', () => {
    // 36_1 quotes only B.C.'s attorney general, who charges Blackmore. Until stop 29 it was flagged for leaving unheard the
    // FLDS church, a side read for Blackmore from 36_8's "One of the wives of former Fundamentalist LDS Church leader Winston
    // Blackmore confirmed his arrest" (the wife speaks; the labels judge Blackmore no voice of the church), with her "“It's
    // for polygamy,” she said" counted as his. 36_5's only "unheard" party was once the RCMP, read through a speaker phrase
    // that ran two speakers together ("RCMP Sgt. Tim Shields and Attorney-General Wally Oppal").
    expect(oneSidedFlags('36/36')).toEqual([]);
    const blackmore = Object.values(section('36/36').section.voices).flat().filter((v) => /Blackmore/u.test(v.speaker));
    expect(blackmore.length).toBeGreaterThan(0);
    expect(blackmore.every((v) => v.side === undefined)).toBe(true);
  });

  it('counts a person quoted under a surname alone against the share, as a full name is counted', () => {
    // 28_3 (Felt's obituary) quotes Woodward, Bernstein and O'Connor by surname; 43_12 quotes SeaMicro's Feldman.
    expect(oneSidedFlags('28/28')).toEqual([]);
    expect(oneSidedFlags('43/43plus')).toEqual([]);
  });
});

describe('setAgainst', () => {
  const side = (name: string, speakers: string[] = []) => ({ name, speakers });
  it('reads a word of contest between the two parties, a duty is none', () => {
    expect(setAgainst(['Blackmore recently accused Oppal of religious persecution for pursuing the police investigation.'], side('British Columbia', ['Wally Oppal']), side('FLDS', ['Winston Blackmore']))).toBe(true);
    expect(setAgainst(['Egypt is in charge of the main cable and in this capacity commissioned France Telecom Marine, a subsidiary of the communications giant, to handle the repairs.'], side('France Telecom'), side('Egypt'))).toBe(false);
  });
});

describe('the sides a flag rests on', () => {
  const sideOf = (event: string, article: string, speaker: string) => {
    const s = section(event);
    const id = article === s.page ? CURRENT : article;
    return s.section.voices[id]?.find((v) => v.speaker === speaker)?.side;
  };

  it('names a side without the word that opens a sentence or a headline ("Will Intel", "Is Intel")', () => {
    expect(sideOf('43/43plus', '43_11ecbplus', 'Jason Waxman')).toBe('Intel');
    expect(sideOf('43/43plus', '43_3ecbplus', 'Andrew Feldman')).toBe('SeaMicro');
  });

  it('does not give a person the side of another who shares a first or a last name, and keeps a short first name', () => {
    // "Mark Feldstein" (a professor) is not Mark Felt; Brent Jeffs, who sues his uncle, is not the FLDS's voice.
    expect(sideOf('28/28', '28_1ecb', 'Mark Feldstein')).toBeUndefined();
    expect(sideOf('36/36plus', '36_2ecbplus', 'Brent Jeffs')).toBeUndefined();
    // "Stan Perlo", "Stanley Perlo" elsewhere: Orozco's defence attorney.
    expect(sideOf('16/16plus', '16_9ecbplus', 'Stan Perlo')).toBe('Jose Luis Orozco');
  });
});
