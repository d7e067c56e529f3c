/**
 * The words that change with the day (bedtime's nightly versions and goodnight, the closing line
 * of a breathing session, the feelings net's wind-down) follow the user's own night, in their own
 * zone, on every weekday and across a daylight-saving change, and never the machine's calendar.
 */
import { randomUUID } from 'node:crypto';
import { Intents } from '../../lambda/intents';
import { heardWords } from '../support/transcript';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { setMachineTime, TEST_INSTANT } from '../support/test-skill';

const ZONE = 'America/New_York';
let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: ZONE });
});
afterAll(async () => {
  await skill.close();
});
afterEach(() => {
  setMachineTime(TEST_INSTANT);
});

const newUser = () => `amzn1.ask.account.NIGHT${randomUUID().replace(/-/g, '').toUpperCase()}`;

/** What a new user hears on asking at `at`: bedtime, "I can't sleep", and a minute of breathing. */
async function wordsAt(at: Date): Promise<{ bedtime: string; cantSleep: string; breathing: string }> {
  const talk = () => skill.conversation({ userId: newUser(), timestamp: at });
  return {
    bedtime: heardWords(await talk().intent(Intents.Bedtime)),
    cantSleep: heardWords(await talk().intent(Intents.Feelings, { feeling: "i can't sleep" })),
    breathing: heardWords(await talk().intent(Intents.Breathe, { duration: 'PT1M' })),
  };
}

/** The week of Monday 30 November 2026, each night at 19:00 and at 23:30 in New York (04:30 UTC the next day). */
const DAYS = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'];
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((weekday, i) => ({
  weekday,
  day: DAYS[i]!,
  evening: new Date(`${DAYS[i]}T19:00:00-05:00`),
  late: new Date(`${DAYS[i + 1]}T04:30:00Z`),
}));

describe('each night of a week, in the user’s zone', () => {
  it.each(WEEK)('$weekday $day: 19:00 and 23:30 (already the next day in UTC) are the same night', async ({ evening, late }) => {
    const [early, later] = [await wordsAt(evening), await wordsAt(late)];
    expect(later).toEqual(early);
    expect(early.bedtime).toMatch(/(Sleep well|Goodnight|Rest well)\.$/);
    expect(early.cantSleep).toMatch(/(Sleep well|Goodnight|Rest well)\.$/);
  });

  it('no two nights of the week sound the same at bedtime, and the breathing close changes from day to day', async () => {
    const nights = await Promise.all(WEEK.map(({ evening }) => wordsAt(evening)));
    expect(new Set(nights.map((n) => n.bedtime)).size).toBe(7);
    const closings = nights.map((n) => n.breathing.split('. ').slice(-2).join('. '));
    for (let i = 1; i < closings.length; i++) expect(closings[i]).not.toBe(closings[i - 1]);
  });

  it("answers the same request with the same words whatever the machine's calendar says", async () => {
    const at = WEEK[4]!.evening;
    const heard: Array<Awaited<ReturnType<typeof wordsAt>>> = [];
    for (const machine of ['2026-01-01T00:00:00Z', '2027-07-15T12:00:00Z', '2028-02-29T18:00:00Z']) {
      setMachineTime(new Date(machine));
      heard.push(await wordsAt(at));
    }
    expect(heard[1]).toEqual(heard[0]);
    expect(heard[2]).toEqual(heard[0]);
  });
});

describe('across a daylight-saving change', () => {
  it('New York falling back on Sunday 1 November 2026: 00:30 (EDT) and 23:30 (EST) are one night', async () => {
    const [early, late] = [await wordsAt(new Date('2026-11-01T04:30:00Z')), await wordsAt(new Date('2026-11-02T04:30:00Z'))];
    expect(late).toEqual(early);
    // and the night before is another night
    expect((await wordsAt(new Date('2026-10-31T23:00:00Z'))).bedtime).not.toBe(early.bedtime);
  });

  it('New York springing forward on Sunday 14 March 2027: 00:30 (EST) and 23:30 (EDT) are one night', async () => {
    const [early, late] = [await wordsAt(new Date('2027-03-14T05:30:00Z')), await wordsAt(new Date('2027-03-15T03:30:00Z'))];
    expect(late).toEqual(early);
    expect((await wordsAt(new Date('2027-03-15T04:30:00Z'))).bedtime).not.toBe(early.bedtime);
  });
});
