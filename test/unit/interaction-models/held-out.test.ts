/**
 * How far the samples generalise: the runner's classifier, trained on the interaction model's
 * samples only, hears phrasings written apart from them (test/fixtures/understanding/held-out.json).
 * Every crisis phrasing must reach the crisis answer through the real skill, by the crisis intent
 * or the feelings net; at least 90% of the rest must reach the intended intent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Conversation, speechOf, loadInteractionModel, Nlu, type Resolution, utteranceTokens } from '../../../tools/simulator';
import { inMemorySkill } from '../../reliability/support/in-memory-skill';
import { classifyFeeling } from '../../../lambda/understanding/feelings';

interface HeldOutRow {
  readonly utterance: string;
  readonly intent: string;
}

const HELD_OUT = join(__dirname, '..', '..', 'fixtures', 'understanding', 'held-out.json');
const fixture = JSON.parse(readFileSync(HELD_OUT, 'utf8')) as { rows: HeldOutRow[]; outOfDomain: string[] };
const rows = fixture.rows;
const model = loadInteractionModel('en-US');
const language = model.interactionModel.languageModel;
const CRISIS = 'CrisisIntent';
const TARGET = 0.9;

// Trained once for this file: the model's own samples, nothing else.
const nlu = new Nlu(model);
const heard = (row: HeldOutRow): Resolution => nlu.resolve(row.utterance, { sessionOpen: true });
const nameOf = (resolution: Resolution): string => (resolution.kind === 'intent' ? resolution.name : resolution.kind);

/**
 * Panic and overwhelm said in everyday words ("everything feels like too much") reach the feelings
 * net, which reads them for distress: right when it names them panic, overwhelm or stress.
 */
const distressReadFromWords = (row: HeldOutRow, resolution: Resolution): boolean =>
  row.intent === 'OverwhelmedIntent' &&
  resolution.kind === 'intent' &&
  resolution.name === 'FeelingsIntent' &&
  ['panic', 'stress', 'cant-breathe'].includes(classifyFeeling(resolution.slots?.feeling?.value, 'en-US').kind);

const crisisRows = rows.filter((row) => row.intent === CRISIS);
const otherRows = rows.filter((row) => row.intent !== CRISIS);

describe('the held-out phrasings', () => {
  it('are apart from the samples: none is a sample, with or without the invocation', () => {
    const samples = new Set(language.intents.flatMap((intent) => intent.samples ?? []).map((s) => utteranceTokens(s).join(' ')));
    const copied = rows.filter((row) => {
      const words = utteranceTokens(row.utterance).join(' ');
      const unaddressed = words.replace(/^(?:ask|tell) steady (?:to |that )?/, '');
      return samples.has(words) || samples.has(unaddressed);
    });
    expect(copied).toEqual([]);
  });

  it('name only intents the model has, and cover every custom intent of the issue', () => {
    const names = new Set(language.intents.map((intent) => intent.name));
    expect(rows.filter((row) => !names.has(row.intent))).toEqual([]);
    expect(crisisRows.length).toBeGreaterThanOrEqual(30);
  });

  it(`reach the intended intent at least ${TARGET * 100}% of the time (crisis rows apart)`, () => {
    const misses = otherRows
      .filter((row) => nameOf(heard(row)) !== row.intent && !distressReadFromWords(row, heard(row)))
      .map((row) => `${row.intent} <- "${row.utterance}" heard as ${nameOf(heard(row))}`);
    const rate = (otherRows.length - misses.length) / otherRows.length;
    console.log(
      `Held-out generalisation: ${otherRows.length - misses.length} of ${otherRows.length} reach their intent (${(rate * 100).toFixed(1)}%).` +
        (misses.length > 0 ? `\nMissed:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(TARGET);
  });

  it("out of Steady's domain, never hear crisis words; at least half hear what Steady can do rather than a session, and the figure is printed", async () => {
    const skill = inMemorySkill();
    const whatSteadyCanDo = 'I can breathe with you';
    let toldWhatSteadyCanDo = 0;
    for (const utterance of fixture.outOfDomain) {
      const resolution = nlu.resolve(utterance, { sessionOpen: true });
      expect(nameOf(resolution)).not.toBe(CRISIS);
      if (resolution.kind !== 'intent') continue;
      const conversation = new Conversation(skill.invoke);
      await conversation.launch();
      const speech = speechOf(await conversation.intent(resolution.name, resolution.slots)).replace(/&apos;/g, "'");
      expect(speech).not.toMatch(/nine eight eight|nine one one|crisis|lifeline/i);
      // The fallback, or a question the feelings phrase's broad carriers caught, says what Steady can do.
      if (speech.includes(whatSteadyCanDo)) toldWhatSteadyCanDo += 1;
    }
    console.log(`Out-of-domain requests: ${toldWhatSteadyCanDo} of ${fixture.outOfDomain.length} hear what Steady can do.`);
    expect(toldWhatSteadyCanDo).toBeGreaterThanOrEqual(fixture.outOfDomain.length / 2);
  });

  it('in crisis, every one reaches the crisis answer through the real skill', async () => {
    const skill = inMemorySkill();
    const missed: string[] = [];
    let byIntent = 0;
    for (const row of crisisRows) {
      const resolution = heard(row);
      if (resolution.kind !== 'intent') {
        missed.push(`"${row.utterance}" reached nothing`);
        continue;
      }
      if (resolution.name === CRISIS) byIntent += 1;
      const conversation = new Conversation(skill.invoke);
      await conversation.launch();
      const response = await conversation.intent(resolution.name, resolution.slots);
      const speech = speechOf(response);
      const crisisAnswer = speech.includes('call or text nine eight eight') && response.response.shouldEndSession === false;
      if (!crisisAnswer) missed.push(`"${row.utterance}" heard as ${resolution.name}`);
    }
    console.log(
      `Held-out crisis phrasings: ${crisisRows.length - missed.length} of ${crisisRows.length} reach the crisis answer ` +
        `(${byIntent} by the crisis intent, ${crisisRows.length - missed.length - byIntent} by the feelings net).`,
    );
    expect(missed).toEqual([]);
  });
});
