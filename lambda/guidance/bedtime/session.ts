import { openingBell } from '../bell';
import { dayIndex } from '../day-index';
import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { FOUR_GROUPS } from '../pmr/muscle-groups';
import { muscleGroupsPhases } from '../pmr/muscle-group-phases';
import { sessionTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import type { Segment, Timeline, Voice } from '../../timeline';
import {
  AFTER_BREATHING,
  BODY_SCANS,
  BREATH_STAGES,
  BREATHING_INTRODUCTIONS,
  DRIFTING,
  FIRST_BREATH,
  GOODNIGHTS,
  IMAGERY,
  nightPlan,
  RELAXING_INTRODUCTION,
  RELAXING_PACING,
  SETTLING,
  SLEEPY_CLOSES,
  TRAILING_SILENCE_MS,
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

function breathing(night: NightPlan): Segment[] {
  let nextBreath = 2;
  const stages = BREATH_STAGES.flatMap((stage) => {
    const segments = breathStagePhases(stage, VOICE.breathing, nextBreath);
    nextBreath += stage.breaths;
    return segments;
  });
  return [
    ...spokenPhase('guide', 1, VOICE.breathing, BREATHING_INTRODUCTIONS[night.breathing]!, BEFORE_BREATHING_MS),
    ...stages,
    ...spokenPhase('guide', 2, VOICE.breathing, AFTER_BREATHING[night.breathing]!, AFTER_BREATHING_MS),
  ];
}

function relaxing(turn: number): Segment[] {
  return [
    ...spokenPhase('guide', 3, VOICE.relaxing, RELAXING_INTRODUCTION, BEFORE_RELAXING_MS),
    ...muscleGroupsPhases(FOUR_GROUPS, RELAXING_PACING, VOICE.relaxing, turn),
  ];
}

/**
 * The closing lines and a sleepy close, then the softest, slowest goodnight trailing into
 * silence. Bedtime is the one session a bell does not close: a sound as someone falls asleep
 * would wake them, so the bell only opens it.
 */
function sleepyClose(closing: readonly string[], night: NightPlan): Segment[] {
  return [
    ...spokenPhase('close', 1, VOICE.sleepy, [...closing, SLEEPY_CLOSES[night.close]!].join(' '), BEFORE_GOODNIGHT_MS),
    ...spokenPhase('goodnight', 1, VOICE.goodnight, GOODNIGHTS[night.close]!, TRAILING_SILENCE_MS),
  ];
}

/**
 * The hands-free bedtime wind-down: the night's bell and a first slow breath, settling in, lengthening
 * breaths, a gentle four-group muscle relaxation, a place to rest the mind, a body scan, drifting
 * lines and a sleepy close, the voice softer and slower to the very end (this is its night voice,
 * at any hour and with any preference). It never asks anything,
 * and each night of the week takes a different version of each part.
 */
export function bedtimeTimeline(closing: readonly string[], style: SessionStyle = EVERYDAY_STYLE): Timeline {
  const night = nightPlan(dayIndex(style.localDay));
  const segments: Segment[] = [
    ...openingBell({ ...style, nightVoice: true }),
    ...breathStagePhases(FIRST_BREATH, VOICE.settling),
    ...quietLines('settle', SETTLING[night.settling]!, VOICE.settling, VOICE.breathing),
    ...breathing(night),
    ...relaxing(dayIndex(style.localDay)),
    ...quietLines('imagine', IMAGERY[night.imagery]!, VOICE.imagery, VOICE.scanning),
    ...quietLines('scan', BODY_SCANS[night.bodyScan]!, VOICE.scanning, VOICE.drifting),
    ...quietLines('drift', DRIFTING[night.drifting]!, VOICE.drifting, VOICE.sleepy),
    ...sleepyClose(closing, night),
  ];
  // Bedtime is said in its own night voice whatever the preference: already soft, and slowing
  // part by part to the end. Softening it again would break that slowing where a phase has no
  // room to give, so the night voice the user asked for is this one.
  return sessionTimeline('bedtime', segments);
}
