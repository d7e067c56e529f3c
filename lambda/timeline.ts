/**
 * A session is a Timeline: an ordered list of segments built by pure functions. Every renderer
 * (SSML, APL, the local runner's printout and audio) and every pacing test reads the same list.
 */
import { estimateSpeechMs } from './speech/estimate';

/** How a stretch of speech is voiced. Rate is a percentage of Alexa's normal speed. */
export interface Voice {
  readonly ratePercent: number;
  readonly volume: 'medium' | 'soft' | 'x-soft';
  readonly whispered: boolean;
  /** Lower for PMR's "and… relax"; absent is Alexa's own pitch. */
  readonly pitch?: 'low' | 'x-low';
}

export const NORMAL_VOICE: Voice = { ratePercent: 100, volume: 'medium', whispered: false };

/**
 * Names a moment the pacing is measured from: the start of a breathing phase or a PMR step,
 * spoken or silent.
 */
export interface Mark {
  /** What starts here, for example `inhale`, `hold`, `exhale`, `tense`, `release`. */
  readonly phase: string;
  /** How long this phase lasts, from this mark to the next one, in milliseconds. */
  readonly phaseMs: number;
  /** Which repetition (breath, muscle group, sense) this mark belongs to, from 1. */
  readonly index: number;
}

/** Something to say, in its voice: a line of a reply, which nothing times. */
export interface Line {
  readonly kind: 'say';
  readonly text: string;
  readonly voice: Voice;
  readonly mark?: Mark;
}

/** A line of a session, which is said on the session's clock. */
export interface Said extends Line {
  /**
   * How long it takes to say, by the one estimate (speech/estimate.ts) at its voice's rate:
   * worked out once, where the line is written, and read by everything that paces or times it.
   */
  readonly ms: number;
}

/** A marked pause starts a phase that is kept in silence. */
export type Pause = { readonly kind: 'pause'; readonly ms: number; readonly mark?: Mark };
export type Sound = { readonly kind: 'sound'; readonly src: string; readonly ms: number };

/** What a session is made of: every part with its length. */
export type Segment = Said | Pause | Sound;

/** What a reply is made of: lines, pauses and sounds, timed or not (every Segment is one). */
export type Spoken = Line | Pause | Sound;

export interface Timeline {
  /** The practice this session is, for example `calm`, `box`, `pmr`, `bedtime`. */
  readonly practice: string;
  readonly segments: readonly Segment[];
  /** Minutes of practice this session counts for in the user's history. */
  readonly plannedMinutes: number;
}

/** A line of a reply: said as it is, never timed, so never estimated. */
export const line = (text: string, voice: Voice = NORMAL_VOICE): Line => ({ kind: 'say', text, voice });

/** A line of a session, with how long it takes to say. */
export const say = (text: string, voice: Voice = NORMAL_VOICE, mark?: Mark): Said => {
  const ms = estimateSpeechMs(text, voice.ratePercent);
  return mark ? { kind: 'say', text, voice, ms, mark } : { kind: 'say', text, voice, ms };
};

/** A reply's lines timed, for a reply that is measured (how long help takes to say): each estimated once. */
export const timed = (spoken: readonly Spoken[]): Segment[] =>
  spoken.map((part) => (part.kind === 'say' ? say(part.text, part.voice, part.mark) : part));

/** A line already written, starting a phase: its words, voice and time as they were. */
export const marked = (said: Said, mark: Mark): Said => ({ kind: 'say', text: said.text, voice: said.voice, ms: said.ms, mark });

export const pause = (ms: number, mark?: Mark): Segment => {
  const rounded = Math.max(0, Math.round(ms));
  return mark ? { kind: 'pause', ms: rounded, mark } : { kind: 'pause', ms: rounded };
};

export const sound = (src: string, ms: number): Segment => ({ kind: 'sound', src, ms: Math.max(0, Math.round(ms)) });
