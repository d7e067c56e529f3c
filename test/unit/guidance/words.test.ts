import { closeFor, whatNextFor } from '../../../lambda/guidance/closing';
import { compassionLineFor, type CompassionKind } from '../../../lambda/guidance/compassion';
import { helpText as helpTextIn } from '../../../lambda/handlers/help';
import { wordsFor } from '../../../lambda/content/words';
import { sentences } from '../../../lambda/conversation/respond';
import { spokenMs } from '../../../lambda/speech/timing';
import { timed } from '../../../lambda/timeline';

const words = wordsFor('en-US');

const WORDS = wordsFor('en-US').compassion;
const COMPASSION = WORDS.lines;
const KINDS = Object.keys(COMPASSION) as CompassionKind[];
const day = (offset: number): string => new Date(Date.UTC(2026, 4, 1 + offset)).toISOString().slice(0, 10);

describe('compassion lines', () => {
  it.each(KINDS)('%s: a fortnight of days never repeats a line', (kind) => {
    const fortnight = Array.from({ length: 14 }, (_, i) => compassionLineFor(WORDS, kind, day(i)));
    expect(new Set(fortnight).size).toBe(14);
  });

  it.each(KINDS)('%s: another round the same day takes another line', (kind) => {
    expect(compassionLineFor(WORDS, kind, day(0), 1)).not.toBe(compassionLineFor(WORDS, kind, day(0), 0));
  });

  it('keeps the lines plain and on topic: no clinical words, replies only in the attachment lines', () => {
    for (const kind of KINDS) for (const line of COMPASSION[kind]) expect(line).not.toMatch(/supportive connections|tolerate discomfort/i);
    for (const kind of ['everyday', 'panic', 'bedtime'] as const) {
      for (const line of COMPASSION[kind]) expect(line).not.toMatch(/repl|phone|apart|partner/i);
    }
    expect(COMPASSION.attachment.some((line) => /replies/.test(line))).toBe(true);
  });

  it("asks nothing at bedtime or in a panic; everyday lines are offered as the user's own words", () => {
    for (let i = 0; i < 14; i += 1) {
      expect(compassionLineFor(WORDS, 'bedtime', day(i))).not.toMatch(/(say to|tell|remind) yourself|:|\?/);
      expect(compassionLineFor(WORDS, 'panic', day(i))).not.toMatch(/(say to|tell|remind) yourself|:|\?/);
      expect(compassionLineFor(WORDS, 'everyday', day(i))).toMatch(
        /^(If it helps, say to yourself|You could tell yourself|Some words to keep|Try saying, quietly|You might remind yourself): /,
      );
    }
  });
});

describe('closes', () => {
  it('vary from round to round, the question too', () => {
    expect(new Set([0, 1, 2].map((round) => closeFor(words, day(0), round))).size).toBe(3);
    expect(new Set([0, 1, 2].map((round) => whatNextFor(words, round))).size).toBe(3);
  });
});

const { help, launch } = wordsFor('en-US').conversation;
const HELP_TEXT = help.lines;
const HELP_QUESTION = help.question;
const LAUNCH_CHOICES = launch.choices;
const helpText = (nightVoice: boolean): string[] => helpTextIn(wordsFor('en-US'), nightVoice);

describe('help and launch', () => {
  it('help is under 18 s spoken, names the toolkit briefly, and keeps the way to the crisis answer', () => {
    expect(spokenMs({ segments: timed(sentences(...helpText(false), HELP_QUESTION)) })).toBeLessThan(18_000);
    expect(helpText(false).join(' ')).toContain("say: I'm not safe");
    const words = HELP_TEXT.join(' ');
    for (const part of ['anxious thought', 'time on my own', "how far I've come", 'how I feel']) expect(words).toContain(part);
  });

  it('help at night says that sessions are softer, and stays under 20 s', () => {
    expect(helpText(false).join(' ')).not.toMatch(/softer/);
    expect(helpText(true).join(' ')).toMatch(/softer now/);
    expect(spokenMs({ segments: timed(sentences(...helpText(true), HELP_QUESTION)) })).toBeLessThan(20_000);
  });

  it('launch mentions the anxious thought and time on your own', () => {
    expect(LAUNCH_CHOICES).toMatch(/anxious thought/);
    expect(LAUNCH_CHOICES).toMatch(/time on your own/);
  });
});
