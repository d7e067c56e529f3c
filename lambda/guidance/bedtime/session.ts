import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { FOUR_GROUPS } from '../pmr/muscle-groups';
import { muscleGroupsPhases } from '../pmr/muscle-group-phases';
import { sessionTimeline } from '../session-timeline';
import type { Segment, Timeline } from '../timeline';
import {
  AFTER_BREATHING,
  BREATH_STAGES,
  BREATHING_INTRODUCTION,
  DRIFTING_LINES,
  GOODNIGHT,
  RELAXING_INTRODUCTION,
  RELAXING_PACING,
  SETTLING_LINES,
  SLEEPY_CLOSE,
  TRAILING_SILENCE_MS,
} from './script';
import { BEDTIME_VOICES as VOICE } from './voices';

const BETWEEN_SETTLING_LINES_MS = 3000;
const BEFORE_BREATHING_MS = 1500;
const AFTER_BREATHING_MS = 8000;
const BEFORE_RELAXING_MS = 2000;
const BEFORE_GOODNIGHT_MS = 5000;

function settling(): Segment[] {
  return SETTLING_LINES.flatMap((line, i) => spokenPhase('settle', i + 1, VOICE.settling, line, BETWEEN_SETTLING_LINES_MS));
}

function breathing(): Segment[] {
  let nextBreath = 1;
  const stages = BREATH_STAGES.flatMap((stage) => {
    const segments = breathStagePhases(stage, VOICE.breathing, nextBreath);
    nextBreath += stage.breaths;
    return segments;
  });
  return [
    ...spokenPhase('guide', 1, VOICE.breathing, BREATHING_INTRODUCTION, BEFORE_BREATHING_MS),
    ...stages,
    ...spokenPhase('guide', 2, VOICE.breathing, AFTER_BREATHING, AFTER_BREATHING_MS),
  ];
}

function relaxing(): Segment[] {
  return [
    ...spokenPhase('guide', 3, VOICE.relaxing, RELAXING_INTRODUCTION, BEFORE_RELAXING_MS),
    ...muscleGroupsPhases(FOUR_GROUPS, RELAXING_PACING, VOICE.relaxing),
  ];
}

function drifting(): Segment[] {
  return DRIFTING_LINES.flatMap((line, i) => spokenPhase('drift', i + 1, VOICE.drifting, line.text, line.thenMs));
}

/** The closing lines and a sleepy close, then a whispered goodnight that trails into silence. */
function sleepyClose(closing: readonly string[]): Segment[] {
  return [
    ...spokenPhase('close', 1, VOICE.sleepy, [...closing, SLEEPY_CLOSE].join(' '), BEFORE_GOODNIGHT_MS),
    ...spokenPhase('goodnight', 1, VOICE.whisper, GOODNIGHT, TRAILING_SILENCE_MS),
  ];
}

/**
 * The hands-free bedtime wind-down: settling in, lengthening breaths, a gentle four-group muscle
 * relaxation, a body scan and a sleepy close, the voice softer and slower section by section.
 * It never asks anything.
 */
export function bedtimeTimeline(closing: readonly string[]): Timeline {
  const segments: Segment[] = [...settling(), ...breathing(), ...relaxing(), ...drifting(), ...sleepyClose(closing)];
  return sessionTimeline('bedtime', segments);
}
