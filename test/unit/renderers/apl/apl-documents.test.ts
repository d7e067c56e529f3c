import { wordsFor } from '../../../../lambda/content/words';
import type { interfaces } from 'ask-sdk-model';
import { CIRCLE_ID, WORD_ID } from '../../../../lambda/renderers/apl/animation-commands';
import { MAX_VISUAL_DIRECTIVE_BYTES } from '../../../../lambda/renderers/apl/limits';
import { BEDTIME_LOOK, DAY_LOOK } from '../../../../lambda/renderers/apl/looks';
import { sessionVisual, supportsApl } from '../../../../lambda/renderers/apl/session-visual';
import { bedtimeTimeline } from '../../../../lambda/guidance/bedtime/session';
import { planBreathing } from '../../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import { groundingTimeline } from '../../../../lambda/guidance/grounding/session';
import { pmrTimeline } from '../../../../lambda/guidance/pmr/session';
import { pause, say, type Timeline } from '../../../../lambda/timeline';
import { intentRequest } from '../../../../tools/simulator';
import { mountedCommands } from '../../../support/apl-playback';

type Json = Record<string, unknown>;
type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

const WORDS = wordsFor('en-US');
const screen = intentRequest('BreatheIntent', {}, { screen: true });
const speaker = intentRequest('BreatheIntent', {});

function breathing(technique: TechniqueId, minutes = 20): Timeline {
  const plan = planBreathing(WORDS, { technique, length: { kind: 'minutes', ms: minutes * 60_000 }, introduce: true });
  return breathingTimeline(WORDS, plan, ['Well done.']);
}

function onlyDirective(timeline: Timeline): RenderDocument {
  const directives = sessionVisual(screen, timeline, WORDS);
  expect(directives).toHaveLength(1);
  expect(directives[0]!.type).toBe('Alexa.Presentation.APL.RenderDocument');
  return directives[0] as RenderDocument;
}

/** Every component in a document, depth first. */
function components(document: Json): Json[] {
  const walk = (items: Json[] = []): Json[] => items.flatMap((item) => [item, ...walk(item.items as Json[] | undefined)]);
  return walk(((document.mainTemplate as Json).items as Json[]) ?? []);
}

/** What Alexa receives: the document as JSON text, parsed back. */
function asSent(directive: RenderDocument): Json {
  return JSON.parse(JSON.stringify(directive.document)) as Json;
}

function expectAplDocument(document: Json): void {
  expect(document.type).toBe('APL');
  expect(document.version).toMatch(/^\d{4}\.\d$/);
  expect(document.mainTemplate).toEqual(expect.objectContaining({ items: expect.any(Array) }));
}

describe('which devices get a visual', () => {
  it('a device announcing Alexa.Presentation.APL does; a speaker does not', () => {
    expect(supportsApl(screen)).toBe(true);
    expect(supportsApl(speaker)).toBe(false);
    expect(sessionVisual(speaker, breathing('calm', 5), WORDS)).toEqual([]);
    expect(sessionVisual(speaker, pmrTimeline(WORDS, 'quick', []), WORDS)).toEqual([]);
  });

  it('a request without a device description gets none, and nothing throws', () => {
    const bare = intentRequest('BreatheIntent', {});
    delete (bare.context.System as { device?: unknown }).device;
    expect(sessionVisual(bare, breathing('calm', 5), WORDS)).toEqual([]);
  });
});

describe('the breathing document', () => {
  it('is APL with a circle and the phase word beneath it, and runs its animation on mount', () => {
    const document = asSent(onlyDirective(breathing('calm', 5)));
    expectAplDocument(document);
    const [circle, word] = components(document).filter((c) => c.id === CIRCLE_ID || c.id === WORD_ID);
    expect(circle).toMatchObject({ id: CIRCLE_ID, type: 'Frame' });
    expect(word).toMatchObject({ id: WORD_ID, type: 'Text', text: 'Get comfortable' });
    const [run] = mountedCommands(document);
    expect(run).toMatchObject({ type: 'Sequential', screenLock: true });
  });

  it.each(Object.keys(TECHNIQUES) as TechniqueId[])('%s for 20 minutes stays far below the size Alexa accepts', (technique) => {
    const bytes = Buffer.byteLength(JSON.stringify(onlyDirective(breathing(technique))));
    expect(bytes).toBeLessThan(MAX_VISUAL_DIRECTIVE_BYTES / 4);
  });

  it('is a calm blue by day, and dim and dark at bedtime', () => {
    const day = components(asSent(onlyDirective(breathing('calm', 5))))[0]!;
    const night = asSent(onlyDirective(bedtimeTimeline(wordsFor('en-US'), ['Sleep well.'])));
    expect(day.backgroundColor).toBe(DAY_LOOK.background);
    expect(components(night)[0]!.backgroundColor).toBe(BEDTIME_LOOK.background);
    expect(BEDTIME_LOOK.background).toBe('#000000');
    const circle = components(night).find((c) => c.id === CIRCLE_ID)!;
    expect(circle.opacity).toBeLessThan(DAY_LOOK.circleOpacity);
  });

  it('is left out rather than sent too large', () => {
    // Every phase a different length: nothing to loop, thousands of commands.
    const segments = Array.from({ length: 3000 }, (_, i) => [
      say('In', undefined, { phase: 'inhale', phaseMs: 1000 + i, index: i + 1 }),
      pause(1000 + i - 300),
    ]).flat();
    expect(sessionVisual(screen, { practice: 'calm', segments, plannedMinutes: 99 }, WORDS)).toEqual([]);
  });
});

describe('the practice cards', () => {
  it.each([
    ['muscle relaxation', pmrTimeline(wordsFor('en-US'), 'standard', ['Well done.']), 'Muscle relaxation'],
    ['grounding', groundingTimeline(wordsFor('en-US'), ['Well done.']), 'Grounding'],
  ])('%s shows a calm card with a title and a few lines, and no animation', (_name, timeline, title) => {
    const document = asSent(onlyDirective(timeline));
    expectAplDocument(document);
    expect(document.onMount).toBeUndefined();
    const texts = components(document)
      .filter((c) => c.type === 'Text')
      .map((c) => c.text);
    expect(texts[0]).toBe(title);
    expect(texts.length).toBeGreaterThanOrEqual(3);
  });
});
