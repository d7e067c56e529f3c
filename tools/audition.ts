/**
 * Listens to Steady's sessions as a listener hears them. espeak-ng shortens breaks that follow
 * prosody-wrapped text and drops some in long renders, so a whole session's WAV is not a reliable
 * clock. Instead each spoken line is said on its own with espeak-ng (in its own voice) and timed,
 * and the breaks and sounds are added as written. For every session in the skill's own list it
 * prints the first in-breath (counted from the bell, or from what must be said before it: a length
 * clamped, a technique not known), the longest response over every style (the night voice, no bells)
 * and seven nights, the cues said most often, how many of seven nights sound different, the
 * longest silence with nothing to follow, and for breathing the gaps between in-breath cues over
 * the first two minutes against the technique's cycle, as planned and as heard on each of seven
 * days (in English, judged; in Spanish, with espeak-ng's Spanish voice, printed), and for each
 * technique that becomes a track the hand-over from its spoken start to the track; it ends with
 * one PASS or FAIL line against the targets.
 *
 *   npm run audition                         every session
 *   npm run audition -- --session bedtime    one session (see --help for the list)
 *   npm run audition -- --wav .local/audition   keep each line's WAV
 */
import { DEBUG_VARIABLE, oneLine } from './lib/cli-errors';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sessionCatalogue } from '../lambda/guidance/catalogue';
import { styleOf } from '../lambda/guidance/session-style';
import { RHYTHM_TOLERANCE_MS, RHYTHM_WINDOW_MS } from '../lambda/guidance/breathing/rhythm';
import { MAX_RELEASE_MS, MIN_RELEASE_MS } from '../lambda/guidance/pmr/releases';
import { fullRelaxationTrackTimeline, LONG_BREATHING_TECHNIQUES } from '../lambda/guidance/tracks/track-sessions';
import { MAX_UNPACED_SILENCE_MS, type UnpacedSilence } from '../lambda/guidance/unpaced-silence';
import { helpText } from '../lambda/handlers/help';
import { sentences } from '../lambda/conversation/respond';
import { timed } from '../lambda/timeline';
import { MAX_SPOKEN_RESPONSE_MS } from '../lambda/speech/limits';
import { replyFit } from '../lambda/delivery/reply-fit';
import { EspeakMissingError } from './lib/espeak';
import { formatDuration } from './simulator';
import { handoverGaps } from './tracks/handover';
import { cueCounts, HEARING_WORDS_PER_MINUTE, hear, LineTimer } from './lib/hearing';
import { localDay, longestClosing, sevenNightVariety, styles, WORDS } from './lib/audition-sessions';
import { type HeardRhythm, heardRhythm, RHYTHM_DAYS } from './lib/heard-rhythm';
import { wordsFor } from '../lambda/content/words';
import { closingPhrases, LEAST_DAILY_DIFFERENCE, leastDifference, wordsOf } from './lib/word-variety';

/** The targets the audition holds every session to. */
export const TARGETS = {
  firstBreathMs: 4000,
  longestResponseMs: MAX_SPOKEN_RESPONSE_MS,
  /** No cue is said more often than this in one session: the voice steps back on purpose. */
  mostRepeatsOfOneCue: 20,
  /** Bedtime sounds different on each of seven nights in a row. */
  bedtimeNights: 7,
  /** The help, with the way to the crisis answer it keeps for "help me, please" said in panic. */
  helpMs: 18_000,
  /** At night the help also says that sessions are softer and slower. */
  nightHelpMs: 20_000,
  /** Never this long without a word or a sound to follow. */
  unpacedSilenceMs: MAX_UNPACED_SILENCE_MS,
  /** Over the first two minutes, each in-breath cue one cycle after the last, within this, as planned and as heard. */
  rhythmToleranceMs: RHYTHM_TOLERANCE_MS,
  /** Any two of seven days of the same request differ in at least this share of their words. */
  dailyDifference: LEAST_DAILY_DIFFERENCE,
  /** No closing phrase closes more than this share of the session types on any day. */
  closingPhraseShare: 0.5,
  /** Every PMR release, spoken or in the sixteen-group track, after "and… relax". */
  releaseMs: { min: MIN_RELEASE_MS, max: MAX_RELEASE_MS },
} as const;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
/** A rhythm's error to the hundredth, so one near the half second is not rounded onto it. */
const offBy = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** A session's rhythm as printed: the worst as planned and as heard, and the gaps where heard worst. */
function rhythmLines(name: string, rhythm: HeardRhythm): string[] {
  const list = (gaps: readonly number[]) => gaps.map((gap) => (gap / 1000).toFixed(1)).join(' ');
  return [
    `${name.padEnd(16)} cycle ${seconds(rhythm.cycleMs)}: planned ${offBy(rhythm.worstPlannedMs)} off at worst, heard ${offBy(rhythm.worstHeardMs)} (${rhythm.where})`,
    `${''.padEnd(16)} planned ${list(rhythm.planned)}`,
    `${''.padEnd(16)} heard   ${list(rhythm.heard)}`,
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      session: { type: 'string' },
      wav: { type: 'string' },
      wpm: { type: 'string', default: String(HEARING_WORDS_PER_MINUTE) },
      help: { type: 'boolean', default: false },
    },
  });
  const catalogue = sessionCatalogue(WORDS);
  if (values.help) {
    console.log(
      `npm run audition [-- --session NAME] [--wav DIR] [--wpm ${HEARING_WORDS_PER_MINUTE}]\nSessions: ${catalogue.map((s) => s.name).join(', ')}`,
    );
    return;
  }
  const chosen = values.session ? catalogue.filter((s) => s.name === values.session) : catalogue;
  if (chosen.length === 0) throw new Error(`unknown session ${values.session}; try one of ${catalogue.map((s) => s.name).join(', ')}`);
  const dir = values.wav ?? (await mkdtemp(join(tmpdir(), 'steady-audition-')));
  if (values.wav) await mkdir(values.wav, { recursive: true });
  const timer = new LineTimer(dir, Number(values.wpm));
  const failures: string[] = [];
  console.log(`espeak-ng at ${values.wpm} words a minute, each line timed alone, breaks and sounds as written.\n`);
  console.log(
    'session          first breath  longest (planned)   ssml  sounds  most said cues                         7 nights  least room                   silence',
  );
  const rhythms: string[] = [];
  const releases: string[] = [];
  const judgeReleases = (name: string, measured: readonly number[]) => {
    if (measured.length === 0) return;
    const least = Math.min(...measured);
    const most = Math.max(...measured);
    releases.push(`${name.padEnd(28)} ${measured.length} releases, ${seconds(least)} to ${seconds(most)}`);
    if (least < TARGETS.releaseMs.min || most > TARGETS.releaseMs.max) {
      failures.push(
        `${name}: releases of ${seconds(least)} to ${seconds(most)}, not ${TARGETS.releaseMs.min / 1000}-${TARGETS.releaseMs.max / 1000} s`,
      );
    }
  };
  try {
    for (const session of chosen) {
      const closing = longestClosing(session);
      let longest = 0;
      let longestPlanned = 0;
      let ssml = 0;
      let sounds = 0;
      let leastRoom = Number.POSITIVE_INFINITY;
      let tightest = '';
      let firstBreath: number | undefined;
      let firstBreathAfterWords: number | undefined;
      let mostSaid: [string, number][] = [];
      let silence: UnpacedSilence = { ms: 0, startMs: 0, after: '' };
      let silenceStyle = '';
      const heardReleases = new Map<string, number[]>();
      const days = session.name === 'bedtime' ? 7 : 1;
      for (const { name, style } of styles()) {
        for (let day = 0; day < days; day += 1) {
          const timeline = session.build(closing, style(localDay(day)));
          const heard = await hear(timeline, timer);
          const fit = replyFit(timeline.segments);
          if (!fit.fits) failures.push(`${session.name} (${name}) does not fit one reply: ${fit.overruns.join(', ')}`);
          longest = Math.max(longest, heard.totalMs);
          longestPlanned = Math.max(longestPlanned, fit.spokenMs);
          ssml = Math.max(ssml, fit.ssmlChars);
          sounds = Math.max(sounds, fit.audioTags);
          if (heard.leastRoomMs < leastRoom) {
            leastRoom = heard.leastRoomMs;
            tightest = heard.tightestCue;
          }
          heardReleases.set(name, [...(heardReleases.get(name) ?? []), ...heard.releasesMs]);
          if (heard.longestSilence.ms > silence.ms) {
            silence = heard.longestSilence;
            silenceStyle = name;
          }
          if (name === 'day' && day === 0) {
            firstBreath = heard.firstBreathMs;
            firstBreathAfterWords = heard.firstBreathAfterWordsMs;
            mostSaid = cueCounts(timeline);
          }
        }
      }
      for (const [name, measured] of heardReleases) judgeReleases(`${session.name} (${name})`, measured);
      const variety = sevenNightVariety(session);
      if (session.byName && (firstBreathAfterWords === undefined || firstBreathAfterWords > TARGETS.firstBreathMs)) {
        failures.push(`${session.name}: first in-breath at ${((firstBreath ?? Infinity) / 1000).toFixed(1)} s`);
      }
      if (longest > TARGETS.longestResponseMs) failures.push(`${session.name}: heard ${formatDuration(longest)}, past nine minutes`);
      if ((mostSaid[0]?.[1] ?? 0) > TARGETS.mostRepeatsOfOneCue)
        failures.push(`${session.name}: "${mostSaid[0]![0]}" said ${mostSaid[0]![1]} times`);
      if (session.name === 'bedtime' && variety < TARGETS.bedtimeNights) failures.push(`bedtime: only ${variety} of 7 nights differ`);
      if (leastRoom < 0) failures.push(`${session.name}: "${tightest}" overruns its phase by ${(-leastRoom / 1000).toFixed(1)} s`);
      if (silence.ms >= TARGETS.unpacedSilenceMs) {
        failures.push(
          `${session.name} (${silenceStyle}): ${seconds(silence.ms)} of silence at ${formatDuration(silence.startMs)} after "${silence.after}"`,
        );
      }
      const rhythm = await heardRhythm(session, timer);
      if (rhythm) {
        rhythms.push(...rhythmLines(session.name, rhythm));
        if (rhythm.worstPlannedMs > TARGETS.rhythmToleranceMs) {
          failures.push(
            `${session.name}: an in-breath cue planned ${offBy(rhythm.worstPlannedMs)} off the ${seconds(rhythm.cycleMs)} cycle`,
          );
        }
        if (rhythm.worstHeardMs > TARGETS.rhythmToleranceMs) {
          failures.push(
            `${session.name} (${rhythm.where}): an in-breath cue heard ${offBy(rhythm.worstHeardMs)} off the ${seconds(rhythm.cycleMs)} cycle`,
          );
        }
      }
      const cues = mostSaid
        .slice(0, 3)
        .map(([text, n]) => `${text.length > 12 ? `${text.slice(0, 11)}…` : text} ×${n}`)
        .join(', ');
      console.log(
        [
          session.name.padEnd(16),
          (firstBreath === undefined
            ? '-'
            : `${firstBreath === firstBreathAfterWords ? '' : `${seconds(firstBreathAfterWords!)} after words, `}${seconds(firstBreath)}`
          ).padStart(12),
          `${formatDuration(longest)} (${formatDuration(longestPlanned)})`.padStart(19),
          String(ssml).padStart(6),
          String(sounds).padStart(7),
          ` ${cues}`.padEnd(40),
          `${variety}/7`.padStart(8),
          `${(leastRoom / 1000).toFixed(1)} s "${tightest.slice(0, 24)}"`.padEnd(28),
          `${seconds(silence.ms)} after "${silence.after.slice(0, 20)}"`,
        ].join(' '),
      );
    }
    console.log(
      `\nIn-breath cue to cue over the first ${RHYTHM_WINDOW_MS / 60_000} minutes (s), every style, ${RHYTHM_DAYS} days. Judged as planned, by the one`,
      '\nestimate the pauses are cut to, and as heard, each line by espeak-ng: a gap heard is off by however much espeak says its lines',
      '\nfaster or slower than that estimate; the gaps shown are where it was heard furthest off.',
    );
    for (const line of rhythms) console.log(`  ${line}`);
    const spanish = sessionCatalogue(wordsFor('es-US')).filter((session) => chosen.some((c) => c.name === session.name));
    const spanishRhythms: string[] = [];
    for (const session of spanish) {
      const rhythm = await heardRhythm(session, timer);
      if (rhythm) spanishRhythms.push(...rhythmLines(session.name, rhythm));
    }
    if (spanishRhythms.length > 0) {
      console.log(
        "\nThe same in Spanish, each line by espeak-ng's Spanish voice (es-419): printed, not judged. That voice says Steady's",
        '\nSpanish lines, "Inhala" and "Exhala" too, 10-35 % faster than the estimate, so a breath of cues alone is heard 0.2-0.3 s',
        '\nshort and any line more takes it past half a second (docs/sound.md, "Heard drift").',
      );
      for (const line of spanishRhythms) console.log(`  ${line}`);
    }
    console.log(
      "\nHand-over to the track, from the reply's last in-breath cue to the track's first (s), as planned: the reply by the same",
      '\nestimate, the track by its schedule; every offered length, by day, in the night voice and without bells, introduced or not.',
    );
    for (const technique of LONG_BREATHING_TECHNIQUES) {
      if (values.session && values.session !== technique && values.session !== `${technique}-20min`) continue;
      const handover = handoverGaps(technique, WORDS);
      const off = Math.abs(handover.worstMs - handover.cycleMs);
      const range = [Math.min(...handover.gapsMs), Math.max(...handover.gapsMs)].map((ms) => (ms / 1000).toFixed(1));
      console.log(
        `  ${technique.padEnd(16)} cycle ${seconds(handover.cycleMs)}: hand-over ${range[0] === range[1] ? range[0] : range.join(' to ')} s, ${seconds(off)} off at worst`,
      );
      if (off > TARGETS.rhythmToleranceMs) {
        failures.push(
          `${technique}: the hand-over to its track takes ${seconds(handover.worstMs)}, not one ${seconds(handover.cycleMs)} cycle`,
        );
      }
    }
    if (!values.session || values.session === 'pmr-full') {
      const track = await hear(fullRelaxationTrackTimeline(WORDS), timer);
      judgeReleases('pmr-full track (its timeline)', track.releasesMs);
    }
    console.log('\nSeven days of the same request, each with the closing its handler gives: the least share of words two days differ in.');
    const days = [...Array(7).keys()].map(localDay);
    const variety = chosen.map((session) => {
      const heard = days.map((day) => {
        const style = styleOf({ localDay: day });
        return wordsOf(session.build(session.closing(style), style));
      });
      return { session, least: leastDifference(heard) };
    });
    for (const { session, least } of variety) {
      console.log(`  ${session.name.padEnd(20)} ${`${Math.round(least * 100)} %`.padStart(5)}`);
      if (least < TARGETS.dailyDifference) {
        failures.push(`${session.name}: two of seven days differ in only ${Math.round(least * 100)} % of their words`);
      }
    }
    let mostShared = { phrase: '', sessions: 0, day: '' };
    for (const day of days) {
      const sessionsSaying = new Map<string, number>();
      for (const session of catalogue) {
        for (const phrase of closingPhrases(session.closing(styleOf({ localDay: day }))))
          sessionsSaying.set(phrase, (sessionsSaying.get(phrase) ?? 0) + 1);
      }
      for (const [phrase, sessions] of sessionsSaying) if (sessions > mostShared.sessions) mostShared = { phrase, sessions, day };
    }
    console.log(
      `  closing phrase said most in one day: "${mostShared.phrase}", ${mostShared.sessions} of ${catalogue.length} session types (${mostShared.day})`,
    );
    if (mostShared.sessions > catalogue.length * TARGETS.closingPhraseShare)
      failures.push(`"${mostShared.phrase}" closes ${mostShared.sessions} of ${catalogue.length} session types`);
    console.log('\nPMR releases, from the end of "and… relax" to what is asked next, as heard (s):');
    for (const line of releases) console.log(`  ${line}`);
    const english = WORDS;
    const helpQuestion = english.conversation.help.question;
    const help = await hear(
      { practice: 'help', segments: timed(sentences(...helpText(english, false), helpQuestion)), plannedMinutes: 0 },
      timer,
    );
    const nightHelp = await hear(
      { practice: 'help', segments: timed(sentences(...helpText(english, true), helpQuestion)), plannedMinutes: 0 },
      timer,
    );
    if (help.totalMs >= TARGETS.helpMs) failures.push(`help: heard ${(help.totalMs / 1000).toFixed(1)} s`);
    if (nightHelp.totalMs >= TARGETS.nightHelpMs) failures.push(`help at night: heard ${(nightHelp.totalMs / 1000).toFixed(1)} s`);
    console.log(
      `\nhelp: ${(help.totalMs / 1000).toFixed(1)} s heard; at night, with the night voice said, ${(nightHelp.totalMs / 1000).toFixed(1)} s.`,
    );
  } finally {
    if (!values.wav) await rm(dir, { recursive: true, force: true });
  }
  console.log(`${timer.lines} distinct lines spoken.`);
  for (const failure of failures) console.log(`  ${failure}`);
  console.log(
    failures.length === 0
      ? `PASS: every session within ${formatDuration(TARGETS.longestResponseMs)}, first breath within ${TARGETS.firstBreathMs / 1000} s of the bell or of what must be said first, no cue past ${TARGETS.mostRepeatsOfOneCue}, no silence of ${TARGETS.unpacedSilenceMs / 1000} s, in-breath cues planned and heard one cycle apart within ${TARGETS.rhythmToleranceMs / 1000} s and every hand-over to a track planned so, bedtime different 7 nights of 7, help under ${TARGETS.helpMs / 1000} s (${TARGETS.nightHelpMs / 1000} s at night), PMR releases ${TARGETS.releaseMs.min / 1000}-${TARGETS.releaseMs.max / 1000} s, seven days at least ${TARGETS.dailyDifference * 100} % apart, no closing phrase in more than half the session types`
      : `FAIL: ${failures.length} target${failures.length === 1 ? '' : 's'} missed`,
  );
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof EspeakMissingError ? error.message : oneLine(error, 'npm run audition'));
  if (process.env[DEBUG_VARIABLE]) console.error(error);
  process.exitCode = 1;
});
