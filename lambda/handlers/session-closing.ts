import { compassionLineFor } from '../guidance/compassion';
import type { RecordedSession } from '../practice/practice-service';
import { milestoneCelebration } from '../practice/summary-wording';

/**
 * The last words of a guided session: its own close, the day's line of compassionate self-talk,
 * then any milestone the session reached (unless a celebration would jar, as after a panic).
 */
export function sessionClosing(own: readonly string[], recorded: RecordedSession, celebrate = true): string[] {
  const closing = [...own, compassionLineFor(recorded.localDay)];
  if (celebrate && recorded.milestoneDays !== undefined) closing.push(milestoneCelebration(recorded.milestoneDays));
  return closing;
}
