/**
 * Irregular verbs, once: the forms English does not make with "-ed". Read by the fact analysis (is there a finite verb,
 * `facts/statements.ts`) and by the reading of a lead's event (`roles.ts`: "struck" -> "strike"); a verb added here is
 * known to both. The reporting verbs' own forms, with what each reports, stay in `speech.ts`.
 */

/**
 * One verb a line: base, simple past, past participle (alternatives after "/"). A past that is its base ("hit") is a
 * past a subject makes finite ("Somebody hit me"), not one that is finite on its own.
 */
const IRREGULAR_VERB_TABLE = `
arise arose arisen
bear bore borne
beat beat beaten
become became become
begin began begun
bid bid bid
bite bit bitten
blow blew blown
break broke broken
bring brought brought
build built built
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
come came come
cost cost cost
cut cut cut
deal dealt dealt
dig dug dug
draw drew drawn
drive drove driven
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
freeze froze frozen
get got got/gotten
give gave given
go went gone
grow grew grown
hang hung hung
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
let let let
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
overcome overcame overcome
oversee oversaw overseen
overtake overtook overtaken
pay paid paid
put put put
quit quit quit
read read read
ride rode ridden
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shoot shot shot
shut shut shut
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
speak spoke spoken
speed sped sped
spend spent spent
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
strike struck struck/stricken
strive strove striven
sweep swept swept
swear swore sworn
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
understand understood understood
undergo underwent undergone
undertake undertook undertaken
uphold upheld upheld
wake woke woken
wear wore worn
weep wept wept
win won won
withdraw withdrew withdrawn
withhold withheld withheld
write wrote written
`;

interface IrregularVerb {
  base: string;
  past: string;
  participles: string[];
}

const IRREGULAR_VERBS: readonly IrregularVerb[] = IRREGULAR_VERB_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [base = '', past = '', participles = ''] = line.trim().split(/\s+/u);
    return { base, past, participles: participles.split('/') };
  });

/** Simple past forms that differ from their base ("said", "struck"): finite wherever they stand as a verb. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_VERBS.filter((v) => v.past !== v.base).map((v) => v.past));

/** Verbs whose past is their base ("hit", "put", "read"): a past only after a subject. */
export const UNCHANGED_PAST: ReadonlySet<string> = new Set(IRREGULAR_VERBS.filter((v) => v.past === v.base).map((v) => v.base));

const BASE_OF_FORM: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.flatMap((v) => [v.past, ...v.participles].map((form): [string, string] => [form, v.base])),
);

/** The base of an irregular past or participle, lower-case ("struck" -> "strike", "hit" -> "hit"), else undefined. */
export function irregularBase(form: string): string | undefined {
  return BASE_OF_FORM.get(form);
}
