/**
 * Reads what someone said about how they feel (the FeelingsIntent's AMAZON.SearchQuery text, or
 * any other free text a request carries) and decides what it is. Pure: the text is read here and
 * nowhere else, never logged, never stored, never said back.
 *
 * The safety grade (lambda/safety) is read first and wins over everything else: danger now, then
 * crisis. Then distress (can't breathe, panic, overwhelmed), sleeplessness, and the everyday
 * feelings, each named rightly: anger, the attachment worries of the source guide, sadness,
 * worry, stress. Sources: docs/safety-sources.md and docs/understanding.md.
 */

/** The feelings of the source guide: attachment worries in a close relationship. */
export type AttachmentFeeling = 'lonely' | 'rejected' | 'abandoned' | 'jealous' | 'partner-worry';

/** The themes of the anxious-thought session an attachment feeling may be routed to. */
export type AnxiousTheme = 'left' | 'rejection' | 'waiting' | 'disagreement' | 'not-enough';

/** Everyday feelings: each gets a calm practice that names it rightly, and no crisis words. */
export type EverydayFeeling = 'stress' | 'worry' | 'sadness' | 'anger';

export type FeelingKind = 'danger' | 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | EverydayFeeling | 'attachment' | 'unknown';

export type Feeling =
  | { readonly kind: 'danger' | 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | EverydayFeeling }
  | { readonly kind: 'attachment'; readonly feeling: AttachmentFeeling; readonly theme: AnxiousTheme }
  /** Nothing usable: empty, only symbols, or words Steady cannot place, said of the speaker or not. */
  | { readonly kind: 'unknown'; readonly aboutThemselves?: true };

import { gradeRead, gradeText, safetyPhrasesFor, withoutIdioms } from '../safety/grade';
import { feelingPhrasesFor } from '../content/heard';
import { normaliseFeelingText } from './normalise';
import { languageOf } from '../content/words';

export { MAX_READ_CHARACTERS, normaliseFeelingText } from './normalise';

const anyMatch = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** Whether the text speaks of suicide, self-harm or danger now, in any of the published ways. */
export function isCrisisText(text: string | undefined, locale?: string): boolean {
  return gradeText(text, locale) !== 'none';
}

/** What the text is: the safety grade first, then distress, then everyday feelings. */
export function classifyFeeling(text: string | undefined, locale?: string): Feeling {
  if (text === undefined) return { kind: 'unknown' };
  const phrases = safetyPhrasesFor(locale);
  const heard = feelingPhrasesFor(locale);
  const words = normaliseFeelingText(text, languageOf(locale));
  if (words === '') return { kind: 'unknown' };
  // Idioms ("dying to see him", "dead tired") are set aside once, for the grade and the feelings alike.
  const read = withoutIdioms(words, phrases);
  const grade = gradeRead(read, phrases);
  if (grade !== 'none') return { kind: grade };
  if (anyMatch(heard.cantBreathe, read)) return { kind: 'cant-breathe' };
  if (anyMatch(heard.panic, read)) return { kind: 'panic' };
  if (anyMatch(heard.cantSleep, read)) return { kind: 'cant-sleep' };
  if (anyMatch(heard.anger, read)) return { kind: 'anger' };
  for (const { feeling, theme, patterns } of heard.attachment) {
    if (anyMatch(patterns, read)) {
      const argued = feeling === 'partner-worry' && heard.disagreement.test(read);
      return { kind: 'attachment', feeling, theme: argued ? 'disagreement' : theme };
    }
  }
  if (anyMatch(heard.sadness, read)) return { kind: 'sadness' };
  if (anyMatch(heard.worry, read)) return { kind: 'worry' };
  if (anyMatch(heard.stress, read)) return { kind: 'stress' };
  return heard.aboutThemselves.test(read) ? { kind: 'unknown', aboutThemselves: true } : { kind: 'unknown' };
}
