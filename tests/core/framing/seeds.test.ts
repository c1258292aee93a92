import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, seedId, seedInputs } from '../../helpers.js';
import type { FramingActor, FramingSection, FramingVoice } from '../../../src/core/framing/index.js';
import { idIn, seedSections } from './seed-setup.js';

interface ExpectedVoice {
  speaker: string;
  side?: string;
  count: number;
  direct: number;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'framing/seed-voices.json'), 'utf8')) as { seeds: Record<string, ExpectedVoice[]> };
const sections = seedSections();
const ids = seedInputs().map((s) => s.id);

function norm(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").trim();
}

function sameSpeaker(found: FramingVoice, wanted: ExpectedVoice): boolean {
  const a = norm(found.speaker);
  const b = norm(wanted.speaker);
  return a === b || a.endsWith(b) || b.endsWith(a);
}

function actorWith(section: FramingSection, label: string): FramingActor {
  const actor = section.actors.find((a) => Object.values(a.labels).some((ls) => ls.some((l) => l.label === label)));
  if (!actor) throw new Error(`no actor labelled "${label}"`);
  return actor;
}

function labelsOf(actor: FramingActor, articleId: string): string[] {
  return (actor.labels[articleId] ?? []).map((l) => (l.inQuote ? `"${l.label}"` : l.label));
}

describe('seed framing from every seed’s point of view', () => {
  for (const pov of ids) {
    const section = sections.get(pov) as FramingSection;
    const id = (prefix: string) => idIn(seedId(prefix), pov);
    describe(`seed ${pov.slice(0, 3)} as the page`, () => {
      it('every seed’s voice table matches the hand count', () => {
        for (const [prefix, wanted] of Object.entries(expected.seeds)) {
          const table = section.voices[id(prefix)];
          expect(table, `voices of ${prefix}`).toBeDefined();
          const got = (table ?? []).map((v) => ({ speaker: v.speaker, side: v.side, count: v.count, direct: v.direct }));
          expect(got.length, `${prefix}: ${JSON.stringify(got)}`).toBe(wanted.length);
          for (const w of wanted) {
            const found = (table ?? []).find((v) => sameSpeaker(v, w));
            expect(found, `${prefix}: ${w.speaker} in ${JSON.stringify(got)}`).toBeDefined();
            expect({ speaker: w.speaker, side: found?.side, count: found?.count, direct: found?.direct }).toEqual({ speaker: w.speaker, side: w.side, count: w.count, direct: w.direct });
          }
        }
      });

      it('002 is flagged one-sided and no other seed is', () => {
        const oneSided = section.flags.filter((f) => f.kind === 'one-sided');
        expect(oneSided.map((f) => f.articleId)).toEqual([id('002')]);
        expect(oneSided[0]?.detail).toMatch(/Pakistan/u);
        expect(oneSided[0]?.detail).toMatch(/Taliban/u);
      });

      it('labels the Afghan government differently per outlet, quoted labels kept apart', () => {
        const taliban = actorWith(section, 'the Taliban-led government of Afghanistan');
        expect(labelsOf(taliban, id('000'))).toContain('the Taliban-led government of Afghanistan');
        expect(labelsOf(taliban, id('001'))).toEqual(expect.arrayContaining(['the Afghan Taliban government', 'the Taliban government']));
        expect(labelsOf(taliban, id('002'))).toEqual(expect.arrayContaining(['"The Afghan regime"', '"the Taliban regime"']));
        expect(labelsOf(taliban, id('002'))).not.toContain('the Taliban regime');
        expect(labelsOf(taliban, id('004'))).toContain('"Islamic Emirate"');
        expect(taliban.actor).toBe('Taliban');
      });

      it('groups the TTP across spellings, dots and descriptions', () => {
        const ttp = actorWith(section, 'TTP');
        expect(labelsOf(ttp, id('001'))).toEqual(expect.arrayContaining(['T.T.P.', 'Tehrik-i-Taliban', 'a terrorist organization']));
        expect(labelsOf(ttp, id('002'))).toContain('Tahreek-i-Taliban Pakistan');
        expect(labelsOf(ttp, id('003'))).toEqual(expect.arrayContaining(['Tehreek-e-Taliban Pakistan', 'Fitna al-Khawarij']));
        expect(labelsOf(ttp, id('004'))).toContain('a local rebel group');
        // "armed groups such as the Taliban Pakistan", "militant groups including the Tehreek-e-Taliban Pakistan (TTP)": the
        // class the TTP is one of, not what the outlet calls it.
        expect(labelsOf(ttp, id('004'))).not.toContain('armed groups');
        expect(labelsOf(ttp, id('003'))).not.toContain('militant groups');
        expect(labelsOf(ttp, id('000'))).toContain('Pakistan Taliban');
        // The Pakistani Taliban is not the Afghan Taliban.
        expect(Object.values(ttp.labels).flat().map((l) => l.label)).not.toContain('Taliban');
      });

      it('shows Islamabad in Pakistan’s row and as no side of its own; a region named by its demonym is no actor', () => {
        const pakistan = actorWith(section, 'Islamabad');
        expect(pakistan.actor).toBe('Pakistan');
        expect(labelsOf(pakistan, id('001'))).toEqual(expect.arrayContaining(['Islamabad', 'Islamabad’s government']));
        const sides = Object.values(section.voices).flat().map((v) => v.side);
        expect(sides).toContain('Pakistan');
        expect(sides.filter((x) => x !== undefined && /Islamabad/u.test(x))).toEqual([]);
        // 004 "South Asian" (a modifier, as "Pakistani" is) and 003 "South Asia": one outlet names the region, no row.
        expect(section.actors.map((a) => a.actor)).not.toContain('South Asia');
      });

      it('Turkey is “Turkiye” in one outlet only', () => {
        const turkey = actorWith(section, 'Turkiye');
        const outletsWithTurkiye = Object.entries(turkey.labels).filter(([, ls]) => ls.some((l) => l.label === 'Turkiye')).map(([k]) => k);
        expect(outletsWithTurkiye).toEqual([id('004')]);
        // (Besides "both nations", which names Turkey with Qatar: "mediation efforts by Qatar and Turkey, with both nations committing".)
        expect(labelsOf(turkey, id('000')).sort()).toEqual(['Turkey', 'both nations']);
        expect(turkey.labels[id('000')]?.find((l) => l.label === 'both nations')?.with).toEqual(['Qatar']);
      });

      it('shows who acts for Pakistan: its defence minister, not its former envoy', () => {
        const pakistan = section.actors.find((a) => a.actor === 'Pakistan');
        const acting = (prefix: string) => [...new Set((pakistan?.labels[id(prefix)] ?? []).flatMap((l) => (l.actingFor ? [l.actingFor] : [])))];
        // 001: "Pakistan’s defense minister Khawaja Asif"; "Asif Durrani, Pakistan’s former special representative for
        // Afghanistan": an office held no more, so no one he acts for now.
        expect(acting('001')).toEqual(['Khawaja Asif']);
        expect(acting('002')).toEqual(['Khawaja Asif']);
      });

      it('groups transliterations of the Taliban spokesman', () => {
        const mujahid = actorWith(section, 'Zabiullah Mujahid');
        expect(labelsOf(mujahid, id('002'))).toContain('Zabihullah Mujahed');
        expect(labelsOf(mujahid, id('000'))).toContain('Zabihullah Mujahid');
      });

      it('flags judging words and doubt-casting verbs with their sentences', () => {
        const loaded = section.flags.filter((f) => f.kind === 'loaded');
        expect(loaded.some((f) => f.articleId === id('002') && f.detail.includes('brutal') && f.detail.includes('in a quotation') && f.sentence?.includes('brutal attacks'))).toBe(true);
        expect(loaded.some((f) => f.articleId === id('001') && f.detail.includes('onslaught') && !f.detail.includes('in a quotation'))).toBe(true);
        expect(loaded.some((f) => f.articleId === id('003') && f.detail.includes('victory'))).toBe(true);
        const hedged = section.flags.filter((f) => f.kind === 'hedged');
        expect(hedged.some((f) => f.articleId === id('004') && f.detail.includes('allegedly'))).toBe(true);
        expect(hedged.some((f) => f.articleId === id('002') && f.detail.includes('claims'))).toBe(true);
        for (const f of [...loaded, ...hedged]) expect(f.sentence, f.detail).toBeTruthy();
      });

      it('says what each opening leads with', () => {
        const leads = section.leads ?? {};
        expect(Object.keys(leads).sort()).toEqual(Object.keys(section.voices).sort());
        expect(leads[id('000')]?.actors).toEqual(expect.arrayContaining(['Taliban', 'Pakistan']));
        expect(leads[id('004')]?.actors).toContain('Qatar');
        // Only names a reader can read: Alwaght's "the two countries" is an actor key of the analysis's own
        // ("joint:places:..."), never shown as one.
        for (const lead of Object.values(leads)) for (const actor of lead.actors) expect(actor).not.toMatch(/^[a-z-]+:|\|/);
        expect(leads[id('002')]?.actors).toEqual(expect.arrayContaining(['Pakistan', 'Afghanistan']));
      });

      it('writes an opening’s words as its sentence spells them, not as its shouted dateline does', () => {
        // 003 opens "ISTANBUL — ... talks in Istanbul".
        const words = seedInputs().find((s) => s.id.startsWith('003'))!;
        expect(words.article.paragraphs[0]).toMatch(/^ISTANBUL — .* in Istanbul/);
        const focus = Object.values(section.leads ?? {}).flatMap((lead) => lead.focus);
        expect(focus).not.toContain('istanbul');
      });
    });
  }

  it('is JSON through and through', () => {
    for (const section of sections.values()) expect(JSON.parse(JSON.stringify(section))).toEqual(section);
  });
});
