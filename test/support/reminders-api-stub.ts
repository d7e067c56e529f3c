/** The Reminders API's view of the loopback stand-in for Alexa's APIs (see tools/simulator/alexa-apis-stub.ts). */
import { type ApiFault, type ApiView, type StoredReminder, startAlexaApisStub, viewOf } from '../../tools/simulator';

export type { StoredReminder } from '../../tools/simulator';
export type RemindersFault = ApiFault;

export interface RemindersApiStub extends ApiView {
  readonly reminders: readonly StoredReminder[];
}

export async function startRemindersApiStub(options: { timeZone: string }): Promise<RemindersApiStub> {
  const apis = await startAlexaApisStub(options);
  return Object.defineProperties(viewOf(apis, 'reminders'), { reminders: { get: () => apis.reminders } }) as RemindersApiStub;
}
