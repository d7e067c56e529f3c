import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordsFor } from '../../../lambda/content/words';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { RHYTHM_TOLERANCE_MS } from '../../../lambda/guidance/breathing/rhythm';
import { isTechniqueId } from '../../../lambda/guidance/breathing/techniques';
import { EVERYDAY_STYLE } from '../../../lambda/guidance/session-style';
import { heardRhythm } from '../../../tools/lib/heard-rhythm';
import { HEARING_WORDS_PER_MINUTE, LineTimer } from '../../../tools/lib/hearing';

/**
 * The rhythm as a listener hears it, not only as planned: every spoken line said alone by
 * espeak-ng (as `npm run audition` does) and timed, the breaks as written. The pauses are cut to
 * the one speech estimate, so a line the voice says faster or slower than estimated moves the
 * next cue; the breaths are worded so that it stays within half a second.
 */
const breathing = sessionCatalogue(wordsFor('en-US')).filter((session) => isTechniqueId(session.build([], EVERYDAY_STYLE).practice));

let dir: string;
let timer: LineTimer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steady-heard-rhythm-'));
  timer = new LineTimer(dir, HEARING_WORDS_PER_MINUTE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the rhythm as heard', () => {
  it.each(breathing.map((session) => [session.name, session] as const))(
    '%s in English, said line by line by espeak-ng: over the first two minutes each in-breath cue one cycle after the last within 0.5 s, in every style on seven days',
    async (_name, session) => {
      const rhythm = await heardRhythm(session, timer);
      expect(breathing.length).toBe(12);
      expect(rhythm).toBeDefined();
      expect(rhythm!.heard.length).toBeGreaterThanOrEqual(2);
      expect(rhythm!.worstHeardMs).toBeLessThanOrEqual(RHYTHM_TOLERANCE_MS);
    },
  );
});
