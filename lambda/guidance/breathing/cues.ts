import type { Words } from '../../content/words';
import { say } from '../../timeline';
import { pickForTurn } from '../day-index';
import { phaseLine, type PhaseLine } from '../guided-phase';
import { fitsPhase, MIN_SILENCE_MS } from '../paced';
import { CUE_VOICE, QUIET_CUE_VOICE } from '../voices';
import { LONGEST_LINE_IN_A_BREATH_MS } from './rhythm';
import type { BreathingTechnique, BreathPhase, PhaseKind } from './techniques';

/**
 * How much the voice says on one breath. A session steps back on purpose, breath by breath:
 *
 *   counted   the first breath: its in-breath counted aloud ("Breathe in, two, three, four"),
 *             teaching the count by doing; each later phase its plain cue ("Hold", "Breathe out")
 *   plain     the next breath, every phase in its plain cue
 *   short     a few breaths of one-word cues, a comfort phrase now and then after "out"
 *   inhale    only the in-breath is cued
 *   turns     the quiet middle: only "in" and "out", softly, at the breath's turns…
 *   check-in  …with now and then a gentle word on the in-breath
 *   return    the voice comes back for the last breaths: the in-breath in a full wording
 *             where that is a short line (not the day's own, which the last breath says), the
 *             other phases plain
 *   last      the final breath, fully cued, then the close
 *   quiet     a breath kept in silence: only where tones pace instead (a track), never in speech
 *
 * Until the last breath, a breath says its cues and at most one short line more (a line of the
 * introduction, a comfort phrase, the day's wording of the in-breath as the voice returns), none
 * longer than `LONGEST_LINE_IN_A_BREATH_MS`: every word a voice says longer or shorter than the
 * estimate moves the next cue, so the full wording of every phase waits for the last breath,
 * where no cue follows.
 */
export type CueStage = 'counted' | 'plain' | 'short' | 'inhale' | 'turns' | 'quiet' | 'check-in' | 'return' | 'last';

/** Breaths of short cues end here, breaths of in-breath cues here; the soft turns follow. */
const LAST_SHORT_BREATH = 5;
const LAST_INHALE_BREATH = 9;
/** In the quiet middle, every sixth breath is a gentle check-in. */
const CHECK_IN_EVERY = 6;
/** The voice returns for this many breaths before the last one. */
const RETURN_BREATHS = 2;

/**
 * The stage of a breath in a session of `count` breaths. `sparser` (0-3) steps back further
 * still; it is only the character budget's guard, never what shapes a session that fits. Even at
 * its sparsest every breath says "in", so no silence outlasts one breath.
 */
export function cueStage(breath: number, count: number, sparser = 0): CueStage {
  if (breath === 1) return 'counted';
  if (breath === count) return 'last';
  if (breath >= count - RETURN_BREATHS) return 'return';
  if (breath === 2) return 'plain';
  if (breath <= LAST_SHORT_BREATH) return sparser >= 3 ? 'inhale' : 'short';
  if (breath <= LAST_INHALE_BREATH) return 'inhale';
  const quietBreath = breath - LAST_INHALE_BREATH;
  if (sparser < 1 && quietBreath % CHECK_IN_EVERY === 0) return 'check-in';
  return sparser >= 2 ? 'inhale' : 'turns';
}

/** A phase is counted aloud when it lasts at least this long. */
const COUNTED_FROM_MS = 2500;
/** A comfort phrase needs a long breath out to leave quiet around it. */
const COMFORT_FROM_MS = 6000;
const BEFORE_COMFORT_MS = 1200;

/** The technique's own full wordings of a phase's cue, else the general ones: one a day. */
function fullWordings(words: Words, technique: BreathingTechnique, kind: PhaseKind): readonly string[] {
  return words.breathing.techniques[technique.id].cues?.[kind] ?? words.breathing.cues.full[kind];
}

/**
 * The richest cue that leaves 40% of the phase quiet: the day's full wording, else the plain one,
 * else the one word. Fit is judged on the first full wording, which no day's is longer to say
 * than, so every day steps down alike and only the words change.
 */
function richestThatFits(words: Words, technique: BreathingTechnique, phase: BreathPhase, turn: number): string {
  const full = fullWordings(words, technique, phase.kind);
  if (fitsPhase(full[0]!, CUE_VOICE, phase.ms, 0.4)) return pickForTurn(full, turn);
  const { plain, oneWord } = words.breathing.cues;
  return fitsPhase(plain[phase.kind], CUE_VOICE, phase.ms, 0.4) ? plain[phase.kind] : oneWord[phase.kind];
}

/**
 * The in-breath as the voice comes back: the full wording of `turn` where the wordings are short
 * enough to be the one line a breath says besides its cues (judged on the first, as fits are),
 * else the plain cue.
 */
function returningInBreath(words: Words, technique: BreathingTechnique, phase: BreathPhase, turn: number): string {
  const full = fullWordings(words, technique, phase.kind);
  return say(full[0]!, CUE_VOICE).ms <= LONGEST_LINE_IN_A_BREATH_MS
    ? richestThatFits(words, technique, phase, turn)
    : words.breathing.cues.plain[phase.kind];
}

/** "Breathe in, two, three, four": one word a second, the last leaving the phase's end quiet. */
export function countedLines(words: Words, phase: BreathPhase): PhaseLine[] {
  const { plain, numbers } = words.breathing.cues;
  const counts = Math.max(1, Math.floor(phase.ms / 1000));
  const slotMs = phase.ms / counts;
  return Array.from({ length: counts }, (_, i) => {
    const said = say(i === 0 ? plain[phase.kind] : numbers[i]!, CUE_VOICE);
    return phaseLine(said, Math.max(0, Math.round(slotMs - said.ms)));
  });
}

function withComfort(words: Words, cueText: string, phase: BreathPhase, comfortIndex: number): PhaseLine[] {
  const cue = say(cueText, CUE_VOICE);
  if (phase.kind !== 'exhale' || phase.ms < COMFORT_FROM_MS) return [phaseLine(cue)];
  const comfort = say(pickForTurn(words.breathing.cues.comfort, comfortIndex), CUE_VOICE);
  if (cue.ms + BEFORE_COMFORT_MS + comfort.ms + phase.ms / 3 > phase.ms) return [phaseLine(cue)];
  return [phaseLine(cue, BEFORE_COMFORT_MS), phaseLine(comfort)];
}

/**
 * The lines that start each phase of one breath at its stage; undefined keeps the phase quiet.
 * Every line names its action: "Breathe out" comes first, a comfort phrase only after it. `turn`
 * (the day, and the round of the conversation) chooses the full wordings, the comfort phrases and
 * the check-ins of the day; the counted first breath, the plain cues and the one words of the
 * quiet middle never change.
 */
export function breathLines(
  words: Words,
  technique: BreathingTechnique,
  stage: CueStage,
  breath: number,
  turn: number,
): (readonly PhaseLine[] | undefined)[] {
  const { plain, oneWord, checkIns, checkInOuts } = words.breathing.cues;
  return technique.phases.map((phase): readonly PhaseLine[] | undefined => {
    const one = (text: string): PhaseLine[] => [phaseLine(say(text, CUE_VOICE))];
    switch (stage) {
      case 'counted': {
        // Only the in-breath is counted: a count word said alone runs longer or shorter than
        // its estimate by a voice's own lengthening at the end of a phrase, and a dozen of them
        // in one breath would move the next cue; the cues pace the phases after it.
        if (phase !== technique.phases[0]) return one(plain[phase.kind]);
        const counted = phase.ms >= COUNTED_FROM_MS ? countedLines(words, phase) : undefined;
        return counted && countedFits(counted, phase) ? counted : one(plain[phase.kind]);
      }
      case 'plain':
        return one(plain[phase.kind]);
      case 'short':
        return breath % 2 === 0 ? withComfort(words, oneWord[phase.kind], phase, breath / 2 - 1 + turn) : one(oneWord[phase.kind]);
      case 'inhale':
        return phase.kind === 'inhale' || phase.kind === 'topUp' ? one(oneWord[phase.kind]) : undefined;
      case 'turns':
        return phase.kind === 'inhale' || phase.kind === 'exhale' ? [phaseLine(say(oneWord[phase.kind], QUIET_CUE_VOICE))] : undefined;
      case 'quiet':
        return undefined;
      case 'check-in':
        // The day's check-in and the next, in turn: a session keeps to two, and each day has its own pair.
        if (phase.kind === 'inhale') return one(pickForTurn(checkIns, turn + (Math.floor(breath / CHECK_IN_EVERY) % 2)));
        return phase.kind === 'exhale' ? one(pickForTurn(checkInOuts, turn)) : undefined;
      case 'return':
        // The next two of the turn's wordings in turn: the last breath says the turn's own.
        return one(phase === technique.phases[0] ? returningInBreath(words, technique, phase, turn + 1 + (breath % 2)) : plain[phase.kind]);
      case 'last':
        // The turn's comfort phrases after the short breaths' own, so the last breath never repeats one.
        return withComfort(words, richestThatFits(words, technique, phase, turn), phase, turn + Math.floor(LAST_SHORT_BREATH / 2));
    }
  });
}

/** Counting needs each number said inside its second, with a little quiet at the end. */
function countedFits(lines: readonly PhaseLine[], phase: BreathPhase): boolean {
  const spoken = lines.reduce((sum, line) => sum + line.said.ms, 0);
  const gaps = lines.slice(0, -1).reduce((sum, line) => sum + line.thenMs, 0);
  return spoken + gaps + MIN_SILENCE_MS / 2 <= phase.ms;
}
