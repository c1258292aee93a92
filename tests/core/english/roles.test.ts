// An article's lead read as roles (english/roles.ts): the event's predicate and who fills it. Real text: ECB+ leads of
// topic 35 (two San Diego Chargers players arrested for drunk driving, weeks apart: each event's coverage names the other
// player as background, so only the lead's roles tell the two arrests apart), 20 (two earthquakes on the island of
// Qeshm), 7 (two Klitschko title defences) and 31 (Hansbrough's scoring record).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { actOf, eventRoles, leadActText, leadRoles, otherPatient, storedLeadAct } from '../../../src/core/english/roles.js';
import { ecbRecords } from '../../helpers.js';
import { leadParticulars } from '../../../scripts/eval/lead-particulars.js';

const ecb = ecbRecords();
const paragraphsOf = (id: string) => {
  const record = ecb.find((r) => r.id === id)!;
  return articleFromPlainText(`${record.title}\n\n${record.text}`).paragraphs;
};
const lead = (id: string) => leadRoles(paragraphsOf(id));
/** A sentence of a record's text, found there (so that the test reads real text, not a paraphrase). */
const sentence = (id: string, start: string) => {
  const record = ecb.find((r) => r.id === id)!;
  const text = `${record.title}\n${record.text}`;
  const at = text.indexOf(start);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at, text.indexOf('.', at + start.length) + 1);
};

describe('an event sentence read as roles', () => {
  it('reads a passive lead: the arrested player is the patient, the reporting clause after it no event', () => {
    const jackson = lead('35_6ecb');
    expect(jackson).toMatchObject({ predicate: 'arrest', voice: 'passive', verb: 'was arrested' });
    expect(jackson?.patient?.name).toBe('Vincent Jackson');
    // "..., the California Highway Patrol said.": the verb that reports is passed over.
    const williams = lead('35_2ecbplus');
    expect(williams).toMatchObject({ predicate: 'arrest', voice: 'passive' });
    expect(williams?.patient?.name).toBe('Jamal Williams');
  });

  it('ends the patient at an apposition: the player, not his club', () => {
    const roles = eventRoles(sentence('35_11ecbplus', 'Jamal Williams, the defensive tackle'));
    expect(roles?.patient?.name).toBe('Jamal Williams');
    // "a member of the San Diego Chargers has been arrested": the head is "member", no name to compare.
    const member = eventRoles(sentence('35_4ecbplus', 'For the second time in less than a month'));
    expect(member?.predicate).toBe('arrest');
    expect(member?.patient?.head).toBeUndefined();
  });

  it('reads an active lead: who acts and whom it befalls', () => {
    const roles = eventRoles(sentence('7_2ecbplus', 'Wladimir Klitschko stopped Tony Thompson'));
    expect(roles).toMatchObject({ predicate: 'stop', voice: 'active' });
    expect(roles?.agent?.name).toBe('Wladimir Klitschko');
    expect(roles?.patient?.name).toBe('Tony Thompson');
  });

  it('gives no head to a name that only qualifies one: a possessive, a thing of someone\'s, a state', () => {
    expect(eventRoles(sentence('31_11ecb', 'Tyler Hansbrough broke Phil Ford'))?.patient?.head).toBeUndefined();
    expect(eventRoles(sentence('7_8ecbplus', 'Wladimir Klitschko retained his WBA'))?.patient?.head).toBeUndefined();
    const quake = eventRoles(sentence('20_1ecbplus', 'A powerful earthquake has hit southern Iran'));
    expect(quake).toMatchObject({ predicate: 'hit' });
    expect(leadParticulars(quake!)).toMatchObject({ killed: 10 });
    expect(quake?.patient?.text).toBe('southern Iran');
    expect(quake?.patient?.head).toBeUndefined();
  });

  it('counts the toll a sentence states, as a figure or in words', () => {
    // (Read by the argument-splits evaluation only: scripts/eval/lead-particulars.ts.)
    expect(leadParticulars(eventRoles(sentence('20_11ecbplus', 'Ten people are killed'))!)).toMatchObject({ killed: 10, injured: 50 });
    const injured = eventRoles(sentence('20_5ecb', "Iran's state television says a magnitude-5.2 quake has injured three people"));
    expect(injured).toMatchObject({ predicate: 'injur' });
    expect(leadParticulars(injured!)).toMatchObject({ injured: 3 });
  });
});

describe('one act befalling different people', () => {
  it('tells the two arrests apart, and not two reports of one arrest', () => {
    expect(otherPatient(actOf(lead('35_6ecb')), actOf(lead('35_2ecbplus')))).toBe(true);
    expect(otherPatient(actOf(lead('35_6ecb')), actOf(lead('35_3ecb')))).toBe(false);
    expect(otherPatient(actOf(lead('35_2ecbplus')), actOf(lead('35_11ecbplus')))).toBe(false);
  });

  it('says nothing of two title defences that list the belts in another order', () => {
    expect(otherPatient(actOf(lead('7_6ecbplus')), actOf(lead('7_8ecbplus')))).toBe(false);
  });
});

describe('the lead act a match index keeps', () => {
  it('keeps what the decision compares and shows, and reads back as the whole lead gives it', () => {
    // "Chargers defensive lineman Jamal Williams was arrested early Sunday on suspicion of drunken driving after ...":
    // only the act, whom it befalls and the names of that phrase.
    const williams = leadActText(paragraphsOf('35_2ecbplus'));
    expect(williams).toBe('arrest|william|charger jamal william|Jamal Williams was arrested');
    const act = storedLeadAct(williams)!;
    expect(act).toEqual(actOf(lead('35_2ecbplus')));
    expect(act.predicate).toBe('arrest');
    expect(act.written).toBe('Jamal Williams was arrested');
    expect(act.patientNames.length).toBeGreaterThan(0);
    for (const id of ['35_6ecb', '35_3ecb', '35_11ecbplus', '7_6ecbplus', '7_8ecbplus']) expect(storedLeadAct(leadActText(paragraphsOf(id)))).toEqual(actOf(lead(id)));
  });

  it('keeps nothing of a lead that names no one the act befalls', () => {
    const ids = ecb.map((r) => r.id).filter((id) => lead(id) && !lead(id)!.patient?.head);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.slice(0, 5)) expect(leadActText(paragraphsOf(id))).toBe('');
  });
});
