import { compassionLineFor, type CompassionKind } from '../guidance/compassion';
import type { RecordedSession } from '../practice/practice-service';
import { milestoneCelebration } from '../practice/summary-wording';

/**
 * The last words of a guided session: its own close, a line of compassionate self-talk matched to
 * what the session was for, then any milestone the session reached (unless a celebration would
 * jar, as after a panic or just before sleep).
 */
export function sessionClosing(
  own: readonly string[],
  recorded: RecordedSession,
  celebrate = true,
  kind: CompassionKind = 'everyday',
  round = 0,
): string[] {
  const closing = [...own, compassionLineFor(kind, recorded.localDay, round)];
  if (celebrate && recorded.milestoneDays !== undefined) closing.push(milestoneCelebration(recorded.milestoneDays));
  return closing;
}
