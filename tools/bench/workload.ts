/**
 * The requests the benchmark sends. Every skill gets the same envelopes: a plain "help me
 * breathe" (BreatheIntent with its slots unfilled, so Steady uses the user's saved defaults), "what's
 * my streak" (StreakIntent) and opening the skill (LaunchRequest). The reference skills answer all
 * three with the same work. Requests rotate over a pool of users, each on their own device, so the
 * table items stay the size a keen user's would (a few sessions a day), and the warm-up visits
 * every user once per kind, as a container that has seen them before would have.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { Intents } from '../../lambda/intents';
import { intentRequest, launchRequest, TEST_SKILL_ID } from '../simulator';

export type RequestKind = 'breathing' | 'summary' | 'launch';
export const REQUEST_KINDS: readonly RequestKind[] = ['breathing', 'summary', 'launch'];

export const BENCH_SKILL_ID = TEST_SKILL_ID;

export function benchUserId(index: number): string {
  return `amzn1.ask.account.BENCHUSER${String(index).padStart(4, '0')}`;
}

export function benchDeviceId(index: number): string {
  return `amzn1.ask.device.BENCHDEVICE${String(index).padStart(4, '0')}`;
}

/** A fresh envelope (new request id, new session, timestamp now) for user `userIndex`. */
export function benchEnvelope(kind: RequestKind, userIndex: number, apiEndpoint: string): RequestEnvelope {
  const options = { userId: benchUserId(userIndex), deviceId: benchDeviceId(userIndex), apiEndpoint, skillId: BENCH_SKILL_ID };
  switch (kind) {
    case 'breathing':
      return intentRequest(Intents.Breathe, { technique: undefined, duration: undefined, breaths: undefined }, options);
    case 'summary':
      return intentRequest(Intents.Streak, {}, options);
    case 'launch':
      return launchRequest(options);
  }
}
