/**
 * Steady en español on requests and statements written apart from the Spanish samples and phrases,
 * by helpers given only the capabilities and categories (test/held-out/es/). Each row goes through
 * the runner's Spanish classifier (trained on the country's interaction model) and the real skill
 * in that country's locale, and is judged by what the person hears:
 *   requests      the session or answer asked for (the intent that gives it, or the same answer), at least 90%
 *   danger        the country's emergency number, before its crisis line
 *   crisis        the country's crisis line
 *   idiom, stress, out-of-domain   no crisis words at all
 * The safety phrases were first tuned on safety.jsonl; safety-b.jsonl was then held back, and read
 * only when both became development data (the second Spanish round, issue 29); set C, written
 * apart and measured once unread, became development data in the third round. None of them is
 * unseen any more, so their figures are a floor against regressions, not a claim about new speech.
 * The assertions hold the floors reached.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsFor } from '../../lambda/content/words';
import { crisisContactsFor } from '../../lambda/guidance/safety/crisis-lines';
import { Conversation, speechOf, loadInteractionModel, Nlu } from '../../tools/simulator';
import { inMemorySkill } from '../reliability/support/in-memory-skill';

type Country = 'US' | 'MX' | 'ES';
interface Row {
  readonly text: string;
  readonly country: Country;
  readonly expect: string;
}

const rowsOf = (file: string): Row[] =>
  readFileSync(join(__dirname, 'es', file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);

const localeOf = (country: Country) => `es-${country}`;
const classifiers = new Map<Country, Nlu>();
const nluFor = (country: Country): Nlu => {
  let nlu = classifiers.get(country);
  if (!nlu) classifiers.set(country, (nlu = new Nlu(loadInteractionModel(localeOf(country)), { language: 'es' })));
  return nlu;
};

/** The intents that give each capability; a request is right when it reaches one of them. */
const INTENTS: Readonly<Record<string, readonly string[]>> = {
  breathing: ['BreatheIntent'],
  relaxation: ['RelaxIntent'],
  grounding: ['GroundingIntent'],
  bedtime: ['BedtimeIntent', 'SleepSoundsIntent'],
  progress: ['StreakIntent', 'ProgressIntent'],
  reminder: ['ReminderIntent'],
  help: ['AMAZON.HelpIntent'],
  stop: ['AMAZON.StopIntent', 'AMAZON.CancelIntent'],
  'anxious-thought': ['AnxiousThoughtIntent', 'FeelingsIntent'],
  forget: ['ForgetHistoryIntent'],
};

async function heard(row: Row): Promise<string> {
  const locale = localeOf(row.country);
  const conversation = new Conversation(inMemorySkill().invoke, { locale });
  const resolution = nluFor(row.country).resolve(`pídele a steady ${row.text}`, { sessionOpen: false });
  if (resolution.kind === 'launch') return speechOf(await conversation.launch());
  if (resolution.kind !== 'intent') return '';
  return speechOf(await conversation.intent(resolution.name, resolution.slots)).replace(/<[^>]+>/g, ' ');
}

/** What the skill says to an intent in the row's country, a new user on the test's day, and whether it then closes. */
async function answerTo(country: Country, name: string, slots: Parameters<Conversation['intent']>[1] = {}): Promise<string> {
  const conversation = new Conversation(inMemorySkill().invoke, { locale: localeOf(country) });
  const response = await conversation.intent(name, slots);
  return `${speechOf(response)} (closes: ${response.response.shouldEndSession})`;
}

/**
 * Whether the request is answered as asked: it reaches an intent that gives the capability, or the
 * intent it reaches answers exactly as the capability's first intent does, and closes or stays
 * open as it does ("stop now" heard as a statement still says goodbye and closes).
 */
async function answeredAsAsked(row: Row): Promise<boolean> {
  const resolution = nluFor(row.country).resolve(row.text, { sessionOpen: true });
  if (resolution.kind !== 'intent') return false;
  const intents = INTENTS[row.expect]!;
  if (intents.includes(resolution.name)) return true;
  const [asked, heard] = await Promise.all([answerTo(row.country, intents[0]!), answerTo(row.country, resolution.name, resolution.slots)]);
  return heard === asked;
}

const CRISIS_WORDS = /nueve|cero veinticuatro|uno uno dos|ochocientos|l[ií]nea|emergencia|suicid|crisis/i;

function judged(row: Row, words: string): boolean {
  const contacts = crisisContactsFor(wordsFor(localeOf(row.country)), localeOf(row.country))!;
  const emergency = words.indexOf(contacts.emergency);
  const line = words.indexOf(contacts.lineNumber);
  if (row.expect === 'danger') return emergency >= 0 && line > emergency;
  if (row.expect === 'crisis') return line >= 0;
  return !CRISIS_WORDS.test(words);
}

async function safetyFigures(file: string): Promise<Record<string, { passed: number; of: number; failed: string[] }>> {
  const result: Record<string, { passed: number; of: number; failed: string[] }> = {};
  for (const row of rowsOf(file)) {
    const entry = (result[row.expect] ??= { passed: 0, of: 0, failed: [] });
    entry.of += 1;
    if (judged(row, await heard(row))) entry.passed += 1;
    else entry.failed.push(`${row.country}: ${row.text}`);
  }
  const lines = Object.entries(result).map(([category, r]) => `${category} ${r.passed}/${r.of} (${((100 * r.passed) / r.of).toFixed(1)}%)`);
  console.log(`Spanish safety, ${file}: ${lines.join(', ')}`);
  return result;
}

const share = (r: { passed: number; of: number }) => r.passed / r.of;

/**
 * The floors reached, measured (still below the targets: 90% of requests, every danger and crisis
 * statement, no idiom or stress statement hearing crisis words). Requests per country (es-US
 * 131/138, es-MX 129/135, es-ES 126/134); set B danger 86/90, crisis 87/90, idiom 59/60, stress
 * 60/60; the development set danger 56/60, crisis 58/60, idiom 41/41, stress 39/41. Set C
 * (safety-c.jsonl, requests-c.jsonl) was written apart from a brief of the categories and measured
 * once unread (requests es-US 66/80, es-MX 69/80, es-ES 80/90; danger 56/70, crisis 55/70, idiom
 * 47/60, stress 55/60, out-of-domain 30/30); the third Spanish round read it and tuned on it, so it
 * is development data too, now at requests es-US 76/80, es-MX 79/80, es-ES 88/90; danger 63/70,
 * crisis 61/70, idiom 55/60, stress 59/60, out-of-domain 30/30. Set D (safety-d.jsonl,
 * requests-d.jsonl) was written apart in the fourth round from the same brief and measured once,
 * unread, after that round's Spanish changes: requests es-US 69/80, es-MX 67/80, es-ES 72/90;
 * danger 44/70 (the emergency number first), crisis 61/70, idiom 53/60, stress 60/60,
 * out-of-domain 30/30. Those were the figures for speech nobody had read. The fourth round
 * then read set D and tuned on it (grader parts, openings, crisis-intent samples, request
 * samples), so it is development data too, now at requests es-US 73/80, es-MX 69/80, es-ES 79/90;
 * danger 57/70, crisis 67/70, idiom 54/60, stress 60/60, out-of-domain 30/30; set C at danger
 * 66/70, crisis 65/70, idiom 56/60; set B danger 88/90; the development set's danger 57/60.
 * Set E (safety-e.jsonl, 330 statements, at least half its danger rows opening with something
 * other than a first-person verb) was written apart after that and measured once, unread, after
 * the round's last Spanish change: danger 49/90, crisis 69/90, idiom 49/60, stress 57/60,
 * out-of-domain 29/30 (the code before the round: 50, 68, 47, 54, 29). D's first measurement
 * gives the request figures claimed. The sixth round added the catch-all (danger 68/90 on E,
 * unread), then read E's misses and mended the grader's means and slang on them (danger 81/90,
 * crisis 79/90), so E is development data too. Set F (safety-f.jsonl, 330 statements, written
 * apart from the same brief, kept outside the project) was measured once, unread, after the
 * round's last Spanish change: danger 69/90, crisis 67/90, idiom 53/60, stress 57/60,
 * out-of-domain 30/30 (the code before the round: 44, 62, 55, 57, 30). F gives the safety figures
 * claimed. Two fresh request sets were written apart in the same round and measured once, unread:
 * requests-f.jsonl es-US 73/83, es-MX 63/84, es-ES 62/83 (stop and help phrasings missed most),
 * and, after F's misses were read and samples tried on them and dropped (they moved two danger
 * statements of safety set F to intents that carry no words), requests-g.jsonl es-US 75/81,
 * es-MX 70/80, es-ES 74/89. The seventh round read F's misses and mended the grader on them (F now
 * danger 84/90, crisis 78/90, idiom 56/60), so F is development data too. Safety set G
 * (safety-g.jsonl) and request set H (requests-h.jsonl) were written apart in that round and
 * measured once, unread, after its last Spanish change: danger 60/90, crisis 71/90, idiom 54/60,
 * stress 59/60, out-of-domain 30/30, the same as the code before the round; requests es-US 64/82,
 * es-MX 70/85, es-ES 68/83. G's misses were then read and the grader given looser parts on them
 * (G now danger 72/90, crisis 80/90), so G is development data too; safety set H (safety-h.jsonl),
 * written apart after that, was measured once, unread: danger 65/90, crisis 77/90, idiom 54/60,
 * stress 58/60, out-of-domain 30/30 (the code before the round: 61, 76, 54, 58, 30; after F's rules
 * alone: 63, 76). Safety H and requests H give the figures claimed.
 * The eighth round judged requests by what the person hears (the intent that gives the
 * capability, or the same answer, closing or staying open as it does) and read a request to stop
 * or for help in the catch-all's words. Request set I (requests-i.jsonl), written apart for that,
 * was measured once, unread, on the code before it (es-US 71/83, es-MX 74/83, es-ES 71/84) and
 * after a first version (226 of 250); its stop and help misses were then read and taught, so it is
 * development data too. Two reviews then found that first version unsafe: it read the feelings
 * net's slot, which loses the words its carrier took ("i can't stop" arrived as "stop"), and its
 * lists held farewells and phrases a person may say in despair ("ya basta", "terminamos"), which a
 * filler before them ("la neta ya basta") kept from Alexa's own stop. Only the catch-all is read
 * now, for commands aimed at the device: I 73/83, 74/83, 73/84. Request set J (requests-j.jsonl),
 * written apart after I was read and never read itself: 213 of 250 before the round (es-US 70/84,
 * es-MX 72/83, es-ES 71/83), 217 with the first version, and 213 again now. J gives the figures
 * claimed.
 * The ninth round read the misses of safety sets B to H that carried their words (the grader had
 * no rule for someone else cutting themselves behind a locked door, walking into water not to
 * come out, pills counted by name in the plural, a wall hit on purpose), mended the grader on them
 * and narrowed the new rules after a review found everyday speech in them (a child on a swing, a
 * round of beers, "este es mi último año aquí"): H now danger 75/90, crisis 81/90. It also added
 * "vale, para" and its regional forms to Alexa's stop: it had reached the crisis intent (sample
 * changes move rows both ways: F danger 84 to 83, E idioms 49 to 48). Safety set I
 * (safety-i.jsonl), written apart in that round and kept outside the project, was measured once,
 * unread, after the first version and again after the review's narrowing: danger 68/90, crisis
 * 73/90, idiom 53/60, stress 57/60, out-of-domain 30/30 both times (the code before the round: 68,
 * 72, 53, 57, 30). Safety I gives the safety figures claimed; request set J reads 214 of 250.
 * The tenth round read the misses of safety set I that carried their words (a wish to be run
 * over, "no pertenezco a este mundo", English said inside Spanish, "me trueno" with a gun named, a
 * belt tied over a chair, a bottle taken whole, the tracks, someone close about to jump from a
 * height) and mended the grader on them: I now danger 75/90, crisis 79/90, idiom 56/60. Safety set J
 * (safety-j.jsonl), written apart in that round and kept outside the project, was measured unread
 * before those changes and after them: danger 68/90, crisis 67/90, idiom 50/60, stress 58/60,
 * out-of-domain 30/30 both times. J gives the safety figures claimed now.
 * The eleventh round read the misses of request set K (requests-k.jsonl), written apart in the
 * tenth round and measured then, unread, at 209 of 250 (es-US 68/83, es-MX 68/84, es-ES 73/83):
 * most were a request to stop or for help, many reaching intents that carry no words. The
 * catch-all's reading of a request now takes the fillers "este", "órale", "a ver", "mira" before
 * it: K 211 of 250, every other set as before. Request set L (requests-l.jsonl), written apart in that round and kept outside
 * the project, was measured unread before the change (212 of 250: es-US 70/83, es-MX 71/83,
 * es-ES 71/84) and after it (213: 71/83, 71/83, 71/84). L gives the request figures claimed.
 * The twelfth round read the misses of safety sets J and K that carried their words and mended
 * the grader on them (J danger 68 to 75 of 90, crisis 67 to 74; K danger 60 to 74, crisis 66 to
 * 73); safety set L, written apart after it and never read, rose from danger 63 and crisis 62 to
 * 68 and 65. A review of 147 everyday sentences written against those rules found 94 of them heard
 * as danger or crisis that were heard as nothing before ("sigo tomando prozac como me lo
 * recetaron", "mi gato está sentado en el borde del balcón"), so every one of the rules was taken
 * back (see docs/understanding.md); the figures here are the code's after that, the same as
 * before the round: J danger 68, crisis 67; K danger 60, crisis 66, idiom 55, stress 55,
 * out-of-domain 30; L danger 63, crisis 62, idiom 48, stress 58, out-of-domain 29. The catch-all
 * took "cancela esto", "detente ahí", "dime qué opciones tengo", "explícame para qué sirve esto":
 * L 213 to 215. Request set M, written apart and never read, heard 189 of 250 before and after
 * (es-US 61/83, es-MX 65/83, es-ES 63/84). Safety L and requests M give the figures claimed.
 * The thirteenth round found most stop and help misses were the runner, not the model: it sent
 * Alexa's built-in intents only for a phrase said word for word, so "para por favor" and "órale,
 * ya estuvo" went to the feelings net. It now hears a built-in phrase wrapped in courtesies and
 * fillers as the phrase (tools/simulator/nlu.ts, commandFit). Request M, still unread, rose from
 * 189 to 201 of 250 (es-US 66/83, es-MX 68/83, es-ES 67/84; stop 6 to 13 of 25, help 7 to 12);
 * K 211 to 225, L 215 to 224, and 225 with "cancela esto" and "cancelar esto" added to Alexa's
 * cancel. Not one row of any safety set, English or Spanish, reached another intent. Requests M
 * gives the figures claimed.
 */
/** Each request set's floor, for every country. */
const REQUEST_FLOORS: Readonly<Record<string, number>> = {
  'requests.jsonl': 0.94,
  'requests-c.jsonl': 0.95,
  'requests-d.jsonl': 0.88,
  'requests-f.jsonl': 0.77,
  'requests-g.jsonl': 0.88,
  'requests-h.jsonl': 0.85,
  'requests-i.jsonl': 0.9,
  'requests-j.jsonl': 0.87,
  'requests-k.jsonl': 0.88,
  'requests-l.jsonl': 0.85,
  'requests-m.jsonl': 0.79,
};

/**
 * Each safety set's floor per category, as measured after the tenth round's last change: B to I
 * (development), J (written apart, measured unread), and the development set. B has no requests from elsewhere; the development set
 * must keep every one of its own clean.
 */
const SAFETY_FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'safety-b.jsonl': { danger: 0.97, crisis: 0.96, idiom: 0.98, stress: 1 },
  'safety-c.jsonl': { danger: 0.94, crisis: 0.92, idiom: 0.93, stress: 0.98, 'out-of-domain': 1 },
  'safety-d.jsonl': { danger: 0.81, crisis: 0.98, idiom: 0.9, stress: 1, 'out-of-domain': 1 },
  'safety-e.jsonl': { danger: 0.9, crisis: 0.88, idiom: 0.8, stress: 0.95, 'out-of-domain': 0.96 },
  'safety-f.jsonl': { danger: 0.92, crisis: 0.86, idiom: 0.95, stress: 0.96, 'out-of-domain': 1 },
  'safety-g.jsonl': { danger: 0.83, crisis: 0.88, idiom: 0.9, stress: 0.98, 'out-of-domain': 1 },
  'safety-h.jsonl': { danger: 0.83, crisis: 0.9, idiom: 0.91, stress: 0.96, 'out-of-domain': 1 },
  'safety-i.jsonl': { danger: 0.83, crisis: 0.87, idiom: 0.93, stress: 0.95, 'out-of-domain': 1 },
  'safety-j.jsonl': { danger: 0.75, crisis: 0.74, idiom: 0.83, stress: 0.96, 'out-of-domain': 1 },
  'safety-k.jsonl': { danger: 0.66, crisis: 0.73, idiom: 0.91, stress: 0.91, 'out-of-domain': 1 },
  'safety-l.jsonl': { danger: 0.69, crisis: 0.68, idiom: 0.79, stress: 0.96, 'out-of-domain': 0.96 },
  'safety.jsonl': { danger: 0.95, crisis: 0.96, idiom: 1, stress: 0.95, 'out-of-domain': 1 },
};

describe('Steady en español, on rows written apart', () => {
  it.each(Object.entries(REQUEST_FLOORS))(
    '%s: each country hears the session or answer asked for; the share is printed, and held at its floor (target 90%%)',
    async (file, floor) => {
      const rows = rowsOf(file);
      for (const country of ['US', 'MX', 'ES'] as const) {
        const mine = rows.filter((row) => row.country === country);
        const missed: Row[] = [];
        for (const row of mine) if (!(await answeredAsAsked(row))) missed.push(row);
        const byCapability = Object.keys(INTENTS)
          .map((capability) => `${capability} ${missed.filter((row) => row.expect === capability).length}`)
          .join(', ');
        console.log(
          `Spanish requests, ${file}, es-${country}: ${mine.length - missed.length} of ${mine.length} (missed by capability: ${byCapability})`,
        );
        expect((mine.length - missed.length) / mine.length).toBeGreaterThanOrEqual(floor);
      }
    },
  );

  it.each(Object.entries(SAFETY_FLOORS))(
    '%s: danger and crisis hear the country’s numbers, idioms, stress and requests from elsewhere none; each share held at its floor',
    async (file, floors) => {
      const figures = await safetyFigures(file);
      for (const [category, floor] of Object.entries(floors)) expect(share(figures[category]!)).toBeGreaterThanOrEqual(floor);
    },
  );
});
