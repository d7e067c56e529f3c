import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { readSlot } from '../alexa/slots';
import { wordsFor, type Words } from '../content/words';
import { bedtimeTimeline } from '../guidance/bedtime/session';
import { planBreathing } from '../guidance/breathing/plan';
import { breathingTimeline } from '../guidance/breathing/session';
import { overwhelmedTimeline } from '../guidance/safety/session';
import { pause, say, type Segment, type Timeline } from '../timeline';
import { GUIDE_VOICE } from '../guidance/voices';
import { FeelingsSlots, Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { type AttachmentFeeling, classifyFeeling, type Feeling } from '../understanding/feelings';
import { anxiousThoughtResponse } from './anxious-thought';
import { crisisResponse } from './crisis';
import { handsFreeHandler, type HandsFreeSession } from './hands-free';
import { isIntent } from './intent-match';
import { ask, sentences } from './respond';

/** How each feeling is named before Steady guides: the feeling first, then what we will do. */
export const FEELING_NAMES: Readonly<Record<Exclude<Feeling['kind'], 'danger' | 'crisis' | 'unknown' | 'attachment'>, string>> = {
  panic: 'That sounds really frightening.',
  'cant-breathe': 'Not being able to catch your breath is really frightening.',
  'cant-sleep': "Lying awake like that is exhausting. Let's help your body wind down.",
  stress: "That sounds really stressful. Let's breathe together for a minute.",
  worry: "Worry can take up so much room. Let's breathe together for a minute, slowly.",
  sadness: "I'm sorry you're feeling so low. Let's breathe gently together for a minute.",
  anger: "Anger is a lot to hold. Let's breathe together for a minute, and let some of it settle.",
};

/** Named first; the anxious-thought session for the feeling's theme follows. */
export const ATTACHMENT_NAMES: Readonly<Record<AttachmentFeeling, string>> = {
  lonely: "That sounds really lonely. Let's take a few quiet minutes with that feeling together.",
  rejected: "Feeling rejected really hurts. Let's take a few quiet minutes with that feeling together.",
  abandoned: "Feeling left like that is so painful. Let's take a few quiet minutes with that feeling together.",
  jealous: "Jealousy can feel really uncomfortable. Let's take a few quiet minutes with that feeling together.",
  'partner-worry': "Worrying about someone you love is hard. Let's take a few quiet minutes with that feeling together.",
};

/** Said when the words hold nothing Steady can place: short, kind, and never the words back. */
export const FEELINGS_UNKNOWN =
  "Thank you for telling me. I'm here with you. I can breathe with you, ground you with your senses, or help you wind down.";
export const FEELINGS_UNKNOWN_QUESTION = 'What would you like?';

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

/** The guided session for a feeling that gets one (not crisis, not unknown). */
export function sessionForFeeling(feeling: Feeling, locale: string | undefined): HandsFreeSession | undefined {
  switch (feeling.kind) {
    case 'panic':
      return {
        close: [],
        celebrate: false,
        compassion: 'panic',
        timeline: (closing, style) => overwhelmedTimeline('overwhelmed', closing, style, locale, named(FEELING_NAMES.panic)),
      };
    case 'cant-breathe':
      return {
        close: [],
        celebrate: false,
        compassion: 'panic',
        timeline: (closing, style) => overwhelmedTimeline('breathless', closing, style, locale, named(FEELING_NAMES['cant-breathe'])),
      };
    case 'cant-sleep':
      return {
        close: [],
        celebrate: false,
        compassion: 'bedtime',
        timeline: (closing, style) => withOpening(bedtimeTimeline(wordsFor(locale), closing, style), named(FEELING_NAMES['cant-sleep'])),
      };
    case 'stress':
    case 'worry':
    case 'sadness':
    case 'anger':
      return breathingMinute(wordsFor(locale), named(FEELING_NAMES[feeling.kind]));
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
    const session = sessionForFeeling(feelingOf(envelope), envelope.request.locale);
    if (!session) throw new Error('feelingsHandler guides only feelings that have a session');
    return session;
  });
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Feelings),
    handle(input: HandlerInput): Response | Promise<Response> {
      const feeling = feelingOf(input.requestEnvelope);
      if (feeling.kind === 'danger' || feeling.kind === 'crisis') return crisisResponse(input, feeling.kind);
      // The one place attachment feelings are routed: named first, then the anxious-thought session.
      if (feeling.kind === 'attachment') return anxiousThoughtResponse(deps, input, feeling.theme, ATTACHMENT_NAMES[feeling.feeling]);
      if (feeling.kind === 'unknown') {
        return ask(input, sentences(FEELINGS_UNKNOWN, FEELINGS_UNKNOWN_QUESTION), sentences(FEELINGS_UNKNOWN_QUESTION), 'feeling-unclear');
      }
      return guided.handle(input);
    },
  };
}
