/**
 * Every session Steady guides, said in Spanish, fits one reply: Spanish lines are paced on their
 * own clock and run longer than the English ones they stand for, so each session of the
 * catalogue is built in each Spanish locale on seven days in a row (every version of the words a
 * week turns through), in the everyday style and in the night voice, and must fit one reply.
 */
import { wordsFor } from '../../../lambda/content/words';
import { replyFit } from '../../../lambda/delivery/reply-fit';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { styleOf } from '../../../lambda/guidance/session-style';

const SPANISH_LOCALES = ['es-US', 'es-MX', 'es-ES'] as const;

/** Seven days in a row, Monday to Sunday. */
const DAYS = Array.from({ length: 7 }, (_, d) => `2026-03-0${d + 2}`);

const STYLES = [
  ['day', false],
  ['night', true],
] as const;

describe.each(SPANISH_LOCALES)('Steady en español (%s)', (locale) => {
  const sessions = sessionCatalogue(wordsFor(locale));

  it('has sessions to guide', () => {
    expect(sessions.length).toBeGreaterThan(0);
  });

  it.each(sessions.map((session) => [session.name, session] as const))(
    '%s fits one reply on every day, by day and by night',
    (_, session) => {
      const overruns: string[] = [];
      for (const localDay of DAYS) {
        for (const [name, nightVoice] of STYLES) {
          const style = styleOf({ localDay, nightVoice });
          const fit = replyFit(session.build(session.closing(style), style).segments);
          if (!fit.fits) overruns.push(`${localDay} ${name}: ${fit.overruns.join(', ')} (${Math.round(fit.spokenMs / 1000)} s)`);
        }
      }
      expect(overruns).toEqual([]);
    },
  );
});
