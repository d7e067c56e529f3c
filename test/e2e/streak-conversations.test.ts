import { EMPTY_HISTORY } from '../../lambda/practice/practice-record';
import { Intents } from '../../lambda/intents';
import { speechOf, intentRequest } from '../../tools/simulator';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectTranscript, intent, launch } from '../support/transcript';

let skill: SkillUnderTest;
let userCount = 0;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'Asia/Kolkata' });
});
afterAll(async () => {
  await skill.close();
});

/** A user of their own, so tests never share a history. */
function newUser(): string {
  userCount += 1;
  return `amzn1.ask.account.STREAKTESTUSER${userCount}${Date.now()}`;
}

function at(userId: string, iso: string) {
  return skill.conversation({ userId, timestamp: new Date(iso) });
}

async function practise(userId: string, iso: string, technique?: string): Promise<string> {
  const slots = technique ? { technique: { value: technique, id: technique, slotType: 'BREATHING_TECHNIQUE' } } : {};
  return speechOf(await at(userId, iso).intent(Intents.Breathe, slots));
}

async function summary(userId: string, iso: string): Promise<string> {
  const response = await at(userId, iso).intent(Intents.Streak);
  await expectValidAlexaSsml(speechOf(response));
  expect(response.response.shouldEndSession).toBe(true);
  return speechOf(response).replace(/&apos;/g, "'");
}

describe("streaks through the real skill, in the user's own time zone (Asia/Kolkata, UTC+5:30)", () => {
  it('counts two practices on consecutive local days as a 2-day streak, though both fall on one UTC day', async () => {
    const user = newUser();
    await practise(user, '2026-03-09T17:00:00Z'); // 22:30 on 9 March in Kolkata
    await practise(user, '2026-03-09T20:00:00Z'); // 01:30 on 10 March in Kolkata
    const said = await summary(user, '2026-03-10T04:00:00Z');
    expect(said).toContain("You're on a 2-day streak, your longest yet.");
    expect(said).toContain("You've practiced twice");
    expect(said).toContain('on 2 of the last 7 days');
  });

  it('restarts at 1 after a missed day while the longest streak stays', async () => {
    const user = newUser();
    for (const day of ['2026-04-01', '2026-04-02', '2026-04-03']) await practise(user, `${day}T06:00:00Z`);
    await practise(user, '2026-04-05T06:00:00Z');
    const said = await summary(user, '2026-04-05T12:00:00Z');
    expect(said).toContain("You've started a new streak today, and your longest streak is 3 days.");
    expect(said).toContain("You've practiced 4 times");
  });

  it('keeps a streak alive through today when the user practised yesterday', async () => {
    const user = newUser();
    await practise(user, '2026-05-01T06:00:00Z');
    await practise(user, '2026-05-02T06:00:00Z');
    expect(await summary(user, '2026-05-03T06:00:00Z')).toContain("You're on a 2-day streak");
  });

  it('names the favourite kind of practice and the minutes practised', async () => {
    const user = newUser();
    await practise(user, '2026-06-01T06:00:00Z', 'box');
    await practise(user, '2026-06-01T07:00:00Z', 'box');
    await practise(user, '2026-06-01T08:00:00Z', 'calm');
    const said = await summary(user, '2026-06-01T09:00:00Z');
    expect(said).toMatch(/You've practiced 3 times, \d+ minutes in all, on 1 of the last 7 days\./);
    expect(said).toContain('Your favorite practice is breathing.');
  });

  it('counts a request Alexa retries only once', async () => {
    const user = newUser();
    const request = intentRequest(
      Intents.Breathe,
      {},
      {
        userId: user,
        timestamp: new Date('2026-07-01T06:00:00Z'),
        apiEndpoint: skill.settingsApi.endpoint,
      },
    );
    await skill.handler(request);
    await skill.handler(request);
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);
  });

  it('counts all of 16 sessions finishing at the same moment on different devices', async () => {
    const user = newUser();
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        skill.handler(
          intentRequest(
            Intents.Breathe,
            {},
            {
              userId: user,
              deviceId: `amzn1.ask.device.STREAKDEVICE${i}`,
              timestamp: new Date('2026-07-02T06:00:00Z'),
              apiEndpoint: skill.settingsApi.endpoint,
            },
          ),
        ),
      ),
    );
    expect((await skill.store.readHistory(user)).history.sessions).toBe(16);
    expect(await summary(user, '2026-07-02T07:00:00Z')).toContain("You've practiced 16 times");
  });

  it('celebrates a 3-day milestone once, at the end of the session that reaches it', async () => {
    const user = newUser();
    await practise(user, '2026-08-01T06:00:00Z');
    await practise(user, '2026-08-02T06:00:00Z');
    await expectTranscript(at(user, '2026-08-03T06:00:00Z'), [
      'U: Alexa, ask Steady to help me breathe',
      intent(Intents.Breathe),
      "A: … Breathe in … That's three days in a row. You keep showing up for yourself. [ends]",
    ]);
    const [again] = await expectTranscript(at(user, '2026-08-03T09:00:00Z'), [
      'U: Alexa, ask Steady to help me breathe',
      intent(Intents.Breathe),
      'A: … Breathe in … [ends]',
    ]);
    expect(speechOf(again)).not.toContain('in a row');
  });

  it('greets a returning user at launch with the streak in a few words', async () => {
    const user = newUser();
    await practise(user, '2026-09-01T06:00:00Z');
    await practise(user, '2026-09-02T06:00:00Z');
    await expectTranscript(at(user, '2026-09-02T10:00:00Z'), [
      'U: Alexa, open Steady',
      launch(),
      "A: Welcome back. You're on a 2-day streak. … [listening]",
    ]);
    await expectTranscript(at(newUser(), '2026-09-02T10:00:00Z'), [
      'U: Alexa, open Steady',
      launch(),
      'A: … Welcome to Steady. … [listening]',
    ]);
  });

  it('tells a new user how to start', async () => {
    expect(await summary(newUser(), '2026-09-03T10:00:00Z')).toContain("You haven't practiced with me yet.");
  });
});

describe('forget my history', () => {
  it('asks first, then deletes everything stored for the user and says so', async () => {
    const user = newUser();
    await practise(user, '2026-10-01T06:00:00Z');
    const conversation = at(user, '2026-10-01T07:00:00Z');
    await expectTranscript(conversation, ['U: forget my history', intent(Intents.ForgetHistory), 'A: … Shall I delete them? [listening]']);
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);

    await expectTranscript(conversation, ['U: yes', intent(Intents.Yes), 'A: … deleted everything I kept about your practice … [ends]']);
    expect((await skill.store.readHistory(user)).history).toEqual(EMPTY_HISTORY);
  });

  it('keeps everything when the user says no', async () => {
    const user = newUser();
    await practise(user, '2026-10-02T06:00:00Z');
    await expectTranscript(at(user, '2026-10-02T07:00:00Z'), [
      'U: forget my history',
      intent(Intents.ForgetHistory),
      'A: … Shall I delete them? [listening]',
      'U: no',
      intent(Intents.No),
      'A: … kept everything … [ends]',
    ]);
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);
  });

  it('forgets the question once another one has been asked: a later yes deletes nothing', async () => {
    const user = newUser();
    await practise(user, '2026-10-04T06:00:00Z');
    const [, , , yes] = await expectTranscript(at(user, '2026-10-04T07:00:00Z'), [
      'U: open Steady',
      launch(),
      'A: … [listening]',
      'U: forget my history',
      intent(Intents.ForgetHistory),
      'A: … Shall I delete them? [listening]',
      'U: (something Alexa did not understand)',
      intent(Intents.Fallback),
      'A: … [listening]',
      'U: yes',
      intent(Intents.Yes),
      'A: …',
    ]);
    expect(speechOf(yes)).not.toContain('deleted');
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);
  });

  it('does not treat a stray yes as consent', async () => {
    const user = newUser();
    await practise(user, '2026-10-03T06:00:00Z');
    const [, yes] = await expectTranscript(at(user, '2026-10-03T07:00:00Z'), [
      'U: open Steady',
      launch(),
      'A: … [listening]',
      'U: yes',
      intent(Intents.Yes),
      'A: …',
    ]);
    expect(speechOf(yes)).not.toContain('deleted');
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);
  });
});

describe('after opening Steady, a summary offers to practise', () => {
  it('starts a breathing session on yes', async () => {
    const user = newUser();
    await expectTranscript(at(user, '2026-11-01T06:00:00Z'), [
      'U: open Steady',
      launch(),
      'A: … Welcome to Steady. … [listening]',
      "U: what's my streak",
      intent(Intents.Streak),
      "A: You haven't practiced with me yet. … Would you like to practice now? [listening]",
      'U: yes',
      intent(Intents.Yes),
      "A: … That's calm breathing … Breathe out …",
    ]);
    expect((await skill.store.readHistory(user)).history.sessions).toBe(1);
  });
});
