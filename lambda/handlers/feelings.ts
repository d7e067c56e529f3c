import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { readSlot } from '../alexa/slots';
import { wordsFor, wordsOf, type Words } from '../content/words';
import { bedtimeTimeline } from '../guidance/bedtime/session';
import { planBreathing } from '../guidance/breathing/plan';
import { breathingTimeline } from '../guidance/breathing/session';
import { overwhelmedTimeline } from '../guidance/safety/session';
import { pause, say, type Segment, type Timeline } from '../timeline';
import { GUIDE_VOICE } from '../guidance/voices';
import { FeelingsSlots, Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { classifyFeeling, type Feeling } from '../understanding/feelings';
import { anxiousThoughtResponse } from './anxious-thought';
import { crisisResponse } from './crisis';
import { handsFreeHandler, type HandsFreeSession } from './hands-free';
import { isIntent } from '../conversation/intent-match';
import { ask, sentences } from '../conversation/respond';

const AFTER_NAMING_MS = 800;
const BREATHING_MINUTE_MS = 60_000;

const named = (text: string): Segment[] => [say(text, GUIDE_VOICE), pause(AFTER_NAMING_MS)];

function withOpening(timeline: Timeline, opening: readonly Segment[]): Timeline {
  return { ...timeline, segments: [...opening, ...timeline.segments] };
}

/** A minute of calm breathing, opened by naming the feeling. */
function breathingMinute(words: Words, opening: readonly Segment[]): HandsFreeSession {
  const plan = planBreathing(words, { technique: 'calm', length: { kind: 'minutes', ms: BREATHING_MINUTE_MS }, introduce: false });
  return { close: [], timeline: (closing, style) => withOpening(breathingTimeline(words, plan, closing, style), opening) };
}

/** The guided session for a feeling that gets one (not crisis, not unknown), named first in `words`. */
export function sessionForFeeling(words: Words, feeling: Feeling, locale: string | undefined): HandsFreeSession | undefined {
  const names = words.feelings.named;
  switch (feeling.kind) {
    case 'panic':
      return {
        close: [],
        celebrate: false,
        compassion: 'panic',
        timeline: (closing, style) => overwhelmedTimeline(words, 'overwhelmed', closing, style, locale, named(names.panic)),
      };
    case 'cant-breathe':
      return {
        close: [],
        celebrate: false,
        compassion: 'panic',
        timeline: (closing, style) => overwhelmedTimeline(words, 'breathless', closing, style, locale, named(names['cant-breathe'])),
      };
    case 'cant-sleep':
      return {
        close: [],
        celebrate: false,
        compassion: 'bedtime',
        timeline: (closing, style) => withOpening(bedtimeTimeline(wordsFor(locale), closing, style), named(names['cant-sleep'])),
      };
    case 'stress':
    case 'worry':
    case 'sadness':
    case 'anger':
      return breathingMinute(words, named(names[feeling.kind]));
    case 'attachment':
    case 'danger':
    case 'crisis':
    case 'unknown':
      return undefined;
  }
}

/** What the FeelingsIntent's words are; read here only, never logged, stored or said back. */
export function feelingOf(envelope: RequestEnvelope): Feeling {
  return classifyFeeling(readSlot(envelope, FeelingsSlots.feeling).spoken, envelope.request.locale);
}

/**
 * "I feel …", "I'm …", "I just …": Steady reads the words itself. Crisis gets the crisis answer;
 * panic, not being able to breathe or sleep, stress and the attachment feelings get a session
 * that names the feeling first; anything else gets a short, kind question.
 */
export function feelingsHandler(deps: SkillDependencies): RequestHandler {
  const guided = handsFreeHandler(deps, [Intents.Feelings], (envelope) => {
    const session = sessionForFeeling(wordsFor(envelope.request.locale), feelingOf(envelope), envelope.request.locale);
    if (!session) throw new Error('feelingsHandler guides only feelings that have a session');
    return session;
  });
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Feelings),
    handle(input: HandlerInput): Response | Promise<Response> {
      const feeling = feelingOf(input.requestEnvelope);
      const words = wordsOf(input);
      if (feeling.kind === 'danger' || feeling.kind === 'crisis') return crisisResponse(input, feeling.kind);
      // The one place attachment feelings are routed: named first, then the anxious-thought session.
      if (feeling.kind === 'attachment')
        return anxiousThoughtResponse(deps, input, feeling.theme, words.feelings.attachment[feeling.feeling]);
      if (feeling.kind === 'unknown') {
        // Words Steady could not read may still be a danger it missed: the way to the crisis answer, as the fallback says it.
        // Thanks only for words about the speaker: a broad carrier also catches questions ("what's the weather").
        const { unknownThanks, unknown, unknownQuestion } = words.feelings;
        const opening = feeling.aboutThemselves ? [unknownThanks, unknown] : [unknown];
        const speech = sentences(...opening, unknownQuestion, words.conversation.notUnderstood.safetyWay);
        return ask(input, speech, sentences(unknownQuestion), 'feeling-unclear');
      }
      return guided.handle(input);
    },
  };
}
