/**
 * A new user whose device zone cannot be read (the Settings API down) and whose record holds none:
 * the day is counted in the zone most of their locale's users live in, never in UTC, and that
 * guess is not kept as their zone. In UTC, a Monday evening in New York fell on Tuesday, and a
 * practice on Wednesday then made "two days in a row" after the skipped Tuesday.
 */
import { Intents } from '../../lambda/intents';
import { speechOf } from '../../tools/simulator';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'America/New_York' });
});
afterAll(async () => {
  await skill.close();
});

/** Where nothing answers: the Settings API is down. */
const SETTINGS_DOWN = 'http://127.0.0.1:9';

let users = 0;
/** A new user on a device of their own, so no zone is remembered from another test. */
function newUser(): { userId: string; deviceId: string } {
  users += 1;
  return { userId: `amzn1.ask.account.NOZONE${users}${Date.now()}`, deviceId: `amzn1.ask.device.NOZONE${users}${Date.now()}` };
}

async function practise(who: { userId: string; deviceId: string }, iso: string, apiEndpoint?: string): Promise<void> {
  await skill.conversation({ ...who, timestamp: new Date(iso), ...(apiEndpoint ? { apiEndpoint } : {}) }).intent(Intents.Breathe);
}

it('a Monday evening in New York with the Settings API down, then Wednesday: no phantom Tuesday, no "in a row"', async () => {
  const user = newUser();
  await practise(user, '2026-11-03T04:30:00Z', SETTINGS_DOWN); // Monday 2 November, 23:30 in New York
  await practise(user, '2026-11-05T01:00:00Z'); // Wednesday 4 November, 20:00 in New York
  const said = speechOf(await skill.conversation({ ...user, timestamp: new Date('2026-11-05T02:00:00Z') }).intent(Intents.Streak));
  expect(said).not.toMatch(/2-day streak|two days in a row|2 days in a row/);
  expect(said).toMatch(/practiced twice/);
});

it('keeps no guessed zone: the record holds the zone only once the device has said it', async () => {
  const user = newUser();
  await practise(user, '2026-11-03T04:30:00Z', SETTINGS_DOWN);
  expect((await skill.store.readHistory(user.userId)).history.timeZone).toBeUndefined();
  await practise(user, '2026-11-05T01:00:00Z');
  expect((await skill.store.readHistory(user.userId)).history.timeZone).toBe('America/New_York');
});
