import { getSupportedInterfaces } from 'ask-sdk-core';
import type { Directive, RequestEnvelope } from 'ask-sdk-model';
import type { Words } from '../../content/words';
import type { Timeline } from '../../timeline';
import { animationCommands } from './animation-commands';
import { breathingDocument } from './breathing-document';
import { cardDocument } from './card-document';
import { MAX_VISUAL_DIRECTIVE_BYTES } from './limits';
import { BEDTIME_LOOK, DAY_LOOK } from './looks';
import { openingLook } from './phase-looks';
import { practiceCard } from './practice-cards';
import { visualPhases } from './visual-phases';

export const VISUAL_TOKEN = 'steady-session';

export function supportsApl(envelope: RequestEnvelope): boolean {
  try {
    return getSupportedInterfaces(envelope)['Alexa.Presentation.APL'] !== undefined;
  } catch {
    return false;
  }
}

function visualDocument(timeline: Timeline, words: Words): Record<string, unknown> {
  const card = practiceCard(timeline.practice, words.summary.cards);
  if (card) return cardDocument(DAY_LOOK, card);
  const look = timeline.practice === 'bedtime' ? BEDTIME_LOOK : DAY_LOOK;
  return breathingDocument(look, animationCommands(visualPhases(timeline, words.screens)), openingLook(words.screens).word);
}

/**
 * What a screen shows during a guided session: the breathing circle in step with the voice, or
 * a card for practices without a rhythm to follow. Nothing for devices without APL, and nothing
 * rather than a response Alexa would refuse as too large. The words shown are the words given.
 */
export function sessionVisual(envelope: RequestEnvelope, timeline: Timeline, words: Words): Directive[] {
  if (!supportsApl(envelope)) return [];
  const directive: Directive = {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: VISUAL_TOKEN,
    document: visualDocument(timeline, words),
  };
  return Buffer.byteLength(JSON.stringify(directive)) <= MAX_VISUAL_DIRECTIVE_BYTES ? [directive] : [];
}
