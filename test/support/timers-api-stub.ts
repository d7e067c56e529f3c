/** The Timers API's view of the loopback stand-in for Alexa's APIs (see tools/simulator/alexa-apis-stub.ts). */
import { type ApiFault, type ApiView, type StoredTimer, startAlexaApisStub, viewOf } from '../../tools/simulator';

export type { StoredTimer } from '../../tools/simulator';
export type TimersFault = ApiFault;

export interface TimersApiStub extends ApiView {
  readonly timers: readonly StoredTimer[];
}

export async function startTimersApiStub(options: { timeZone: string }): Promise<TimersApiStub> {
  const apis = await startAlexaApisStub(options);
  return Object.defineProperties(viewOf(apis, 'timers'), { timers: { get: () => apis.timers } }) as TimersApiStub;
}
