import type { Words } from '../content/words';
import { compassionLineFor, type CompassionKind } from '../guidance/compassion';
import type { RecordedSession } from '../practice/record-practice';

/**
 * The last words of a guided session: its own close, a line of compassionate self-talk matched to
 * what the session was for, then any milestone the session reached (unless a celebration would
 * jar, as after a panic or just before sleep), in the request's `words`. `session` (its practice)
 * keeps sessions said the same day from closing with the same line.
 */
export function sessionClosing(
  words: Words,
  own: readonly string[],
  recorded: RecordedSession,
  celebrate = true,
  kind: CompassionKind = 'everyday',
  round = 0,
  session = '',
): string[] {
  const closing = [...own, compassionLineFor(words.compassion, kind, recorded.localDay, round, session)];
  if (celebrate && recorded.milestoneDays !== undefined) closing.push(words.summary.milestone(recorded.milestoneDays));
  return closing;
}
