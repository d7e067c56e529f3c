import { openingBell } from '../bell';
import { dayIndex } from '../day-index';
import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { muscleGroups } from '../pmr/muscle-groups';
import { muscleGroupsPhases } from '../pmr/muscle-group-phases';
import { sessionTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import type { Segment, Timeline, Voice } from '../../timeline';
import type { Words } from '../../content/words';
import {
  breathStages,
  firstBreath,
  nightPlan,
  QUIET_AFTER_MS,
  RELAXING_PACING,
  TRAILING_SILENCE_MS,
  withQuiet,
  type NightPlan,
  type QuietLine,
} from './script';
import { BEDTIME_VOICES as VOICE, slowingVoice } from './voices';

const BEFORE_BREATHING_MS = 1500;
const AFTER_BREATHING_MS = 4000;
const BEFORE_RELAXING_MS = 2000;
const BEFORE_GOODNIGHT_MS = 4000;

/** A part's lines, each a marked phase of its own, the voice slowing line by line toward `next`. */
function quietLines(phase: string, lines: readonly QuietLine[], voice: Voice, next: Voice): Segment[] {
  return lines.flatMap((line, i) => spokenPhase(phase, i + 1, slowingVoice(voice, next, i, lines.length), line.text, line.thenMs));
}

function breathing(words: Words, night: NightPlan): Segment[] {
  let nextBreath = 2;
  const stages = breathStages(words).flatMap((stage) => {
    const segments = breathStagePhases(stage, VOICE.breathing, nextBreath);
    nextBreath += stage.breaths;
    return segments;
  });
  return [
    ...spokenPhase('guide', 1, VOICE.breathing, words.bedtime.breathingIntroductions[night.breathing]!, BEFORE_BREATHING_MS),
    ...stages,
    ...spokenPhase('guide', 2, VOICE.breathing, words.bedtime.afterBreathing[night.breathing]!, AFTER_BREATHING_MS),
  ];
}

function relaxing(words: Words, turn: number): Segment[] {
  return [
    ...spokenPhase('guide', 3, VOICE.relaxing, words.bedtime.relaxingIntroduction, BEFORE_RELAXING_MS),
    ...muscleGroupsPhases(words, muscleGroups(words, 'four'), RELAXING_PACING, VOICE.relaxing, turn),
  ];
}

/**
 * The closing lines and a sleepy close, then the softest, slowest goodnight trailing into
 * silence. Bedtime is the one session a bell does not close: a sound as someone falls asleep
 * would wake them, so the bell only opens it.
 */
function sleepyClose(words: Words, closing: readonly string[], night: NightPlan): Segment[] {
  return [
    ...spokenPhase('close', 1, VOICE.sleepy, [...closing, words.bedtime.sleepyCloses[night.close]!].join(' '), BEFORE_GOODNIGHT_MS),
    ...spokenPhase('goodnight', 1, VOICE.goodnight, words.bedtime.goodnights[night.close]!, TRAILING_SILENCE_MS),
  ];
}

/**
 * The hands-free bedtime wind-down: the night's bell and a first slow breath, settling in, lengthening
 * breaths, a gentle four-group muscle relaxation, a place to rest the mind, a body scan, drifting
 * lines and a sleepy close, the voice softer and slower to the very end (this is its night voice,
 * at any hour and with any preference). It never asks anything,
 * and each night of the week takes a different version of each part.
 */
export function bedtimeTimeline(words: Words, closing: readonly string[], style: SessionStyle = EVERYDAY_STYLE): Timeline {
  const night = nightPlan(dayIndex(style.localDay));
  const said = words.bedtime;
  const segments: Segment[] = [
    ...openingBell({ ...style, nightVoice: true }),
    ...breathStagePhases(firstBreath(words), VOICE.settling),
    ...quietLines('settle', withQuiet(said.settling[night.settling]!, QUIET_AFTER_MS.settling), VOICE.settling, VOICE.breathing),
    ...breathing(words, night),
    ...relaxing(words, dayIndex(style.localDay)),
    ...quietLines('imagine', withQuiet(said.imagery[night.imagery]!, QUIET_AFTER_MS.imagery), VOICE.imagery, VOICE.scanning),
    ...quietLines('scan', withQuiet(said.bodyScans[night.bodyScan]!, QUIET_AFTER_MS.bodyScan), VOICE.scanning, VOICE.drifting),
    ...quietLines('drift', withQuiet(said.drifting[night.drifting]!, QUIET_AFTER_MS.drifting), VOICE.drifting, VOICE.sleepy),
    ...sleepyClose(words, closing, night),
  ];
  // Bedtime is said in its own night voice whatever the preference: already soft, and slowing
  // part by part to the end. Softening it again would break that slowing where a phase has no
  // room to give, so the night voice the user asked for is this one.
  return sessionTimeline('bedtime', segments);
}
