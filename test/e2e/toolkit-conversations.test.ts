import { TEST_SIGNING_KEY } from '../support/test-skill';
import { QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { SkillBuilders } from 'ask-sdk-core';
import { randomUUID } from 'node:crypto';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import { TIMERS_SCOPE } from '../../lambda/alexa/permission-consent';
import { localeSpelling, spellFor } from '../../lambda/renderers/ssml/spelling';
import { wordsFor } from '../../lambda/content/words';
import { anxiousThoughtResponse } from '../../lambda/handlers/anxious-thought';
import { Intents } from '../../lambda/intents';
import {
  Conversation,
  type EnvelopeBuilder,
  repromptOf,
  speechOf,
  type TurnOptions,
  intentRequest,
  TEST_SKILL_ID,
  type SlotInput,
} from '../../tools/simulator';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { startTimersApiStub, type TimersApiStub } from '../support/timers-api-stub';
import { expectTranscript, heardWords, intent, request } from '../support/transcript';
import { RemindersClient } from '../../lambda/alexa/reminders';
import { TimersClient } from '../../lambda/alexa/timers';

const { effortClose: EFFORT_CLOSE, nothingYet: NOTHING_YET } = wordsFor('en-US').summary.progress;
const { general: GENERAL_CONTENT, themes: THEME_CONTENT } = wordsFor('en-US').anxiousThought;

let skill: SkillUnderTest;
let alexaApi: TimersApiStub;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'America/Chicago' });
  alexaApi = await startTimersApiStub({ timeZone: 'America/Chicago' });
});
afterAll(async () => {
  await alexaApi.stop();
  await skill.close();
});

const newUser = () => `amzn1.ask.account.TOOLKIT${randomUUID().replace(/-/g, '')}`;
/** One user's conversation with Steady; each turn says when it happens. */
const talk = (userId: string) => skill.conversation({ userId, apiEndpoint: alexaApi.endpoint });
const at = (userId: string, iso: string) => skill.conversation({ userId, timestamp: new Date(iso), apiEndpoint: alexaApi.endpoint });
const on = (iso: string): TurnOptions => ({ timestamp: new Date(iso) });

function theme(value: string, id: string): Record<string, SlotInput> {
  return { theme: { value, id, slotType: 'ANXIOUS_THEME' } };
}

const BOX = { technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' } };

/** "Easy, okay or hard", as Alexa fills the slot from the user's words. */
const ease = (value: string, id = value): Record<string, SlotInput> => ({ ease: { value, id, slotType: 'STRETCH_EASE' } });

/** A stretch of time on your own asked for once the user has granted timers. */
function timeApart(duration: string): EnvelopeBuilder {
  return (o) => {
    const envelope = intentRequest(Intents.TimeApart, { duration }, o);
    envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
    return envelope;
  };
}

async function itemsOf(userId: string) {
  const { Items } = await skill.table.client.send(
    new QueryCommand({
      TableName: skill.table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: userId } },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

describe('an anxious thought', () => {
  it('"I feel rejected": a hands-free session for rejection, recorded as practice without the theme', async () => {
    const userId = newUser();
    const [response] = await expectTranscript(at(userId, '2026-12-01T15:00:00Z'), [
      'U: Alexa, tell Steady I have an anxious thought: I feel rejected',
      intent(Intents.AnxiousThought, theme('rejected', 'rejection')),
      `A: ${THEME_CONTENT.rejection.acknowledge} … out loud. … ` + 'And one small, kind thing you could do next: … [ends]',
    ]);
    await expectValidAlexaSsml(speechOf(response));
    expect(response!.response.shouldEndSession).toBe(true);
    expect(repromptOf(response)).toBeUndefined();
    const text = heardWords(response!);
    expect(THEME_CONTENT.rejection.reframes.some((reframe) => text.includes(reframe))).toBe(true);
    expect(THEME_CONTENT.rejection.actions.some((action) => text.includes(action))).toBe(true);

    expect((await skill.store.readHistory(userId)).history.practices).toEqual({ reflection: 1 });
    expect(JSON.stringify(await itemsOf(userId))).not.toMatch(/rejected|rejection/);
  });

  it('without a theme, uses general words; the next day the reframe is a different one', async () => {
    const [today, tomorrow] = await expectTranscript(talk(newUser()), [
      'U: Alexa, ask Steady to help me with an anxious thought',
      intent(Intents.AnxiousThought, undefined, on('2026-12-01T15:00:00Z')),
      `A: ${GENERAL_CONTENT.acknowledge} … [ends]`,
      'U: (the next day) Alexa, ask Steady to help me with an anxious thought',
      intent(Intents.AnxiousThought, undefined, on('2026-12-02T15:00:00Z')),
      `A: ${GENERAL_CONTENT.acknowledge} … [ends]`,
    ]);
    const reframeOf = (response: typeof today) => GENERAL_CONTENT.reframes.find((reframe) => heardWords(response!).includes(reframe));
    expect(reframeOf(today)).toBeDefined();
    expect(reframeOf(tomorrow)).toBeDefined();
    expect(reframeOf(tomorrow)).not.toBe(reframeOf(today));
  });

  it('can be answered by any handler with a theme, through anxiousThoughtResponse', async () => {
    const feelingsNet = SkillBuilders.custom()
      .addRequestHandlers({ canHandle: () => true, handle: (input) => anxiousThoughtResponse(deps, input, 'left') })
      .create();
    const deps = {
      store: skill.store,
      ownTime: skill.ownTime,
      timeZones: new SettingsTimeZoneLookup(),
      reminders: new RemindersClient(),
      timers: new TimersClient(),
      logger: skill.logger,
      signingKey: TEST_SIGNING_KEY,
      skillId: TEST_SKILL_ID,
    };
    const conversation = new Conversation((event) => feelingsNet.invoke(event), { apiEndpoint: alexaApi.endpoint, userId: newUser() });
    const [response] = await expectTranscript(conversation, [
      'U: Alexa, tell Steady I think he is going to leave me',
      intent('FeelingsIntent', { query: 'I think he is going to leave me' }),
      `A: ${THEME_CONTENT.left.acknowledge} … [ends]`,
    ]);
    await expectValidAlexaSsml(speechOf(response));
    expect(response!.response.shouldEndSession).toBe(true);
  });
});

describe('saying how I feel', () => {
  it('guides an I statement with two examples and a calm breath, and stores nothing', async () => {
    const userId = newUser();
    const [response] = await expectTranscript(at(userId, '2026-12-01T15:00:00Z'), [
      'U: Alexa, ask Steady to help me say how I feel',
      intent(Intents.SayHowIFeel),
      "A: … three parts. I feel, then the feeling. When, then what happens. And I'd like, then what would help. " +
        'For example: I feel … Or: I feel … one … breath: in for 4, hold for 4, out for 6. Breathe in … [ends]',
    ]);
    await expectValidAlexaSsml(speechOf(response));
    expect(response!.response.shouldEndSession).toBe(true);
    expect(await itemsOf(userId)).toEqual([]);
  });
});

describe('how far have I come', () => {
  it('with nothing practised, says so plainly and praises nothing', async () => {
    const [response] = await expectTranscript(at(newUser(), '2026-12-01T15:00:00Z'), [
      "U: Alexa, ask Steady how far I've come",
      intent(Intents.Progress),
      `A: ${spellFor(localeSpelling(wordsFor('en-US').spelling, 'en-US'), NOTHING_YET)} [ends]`,
    ]);
    expect(heardWords(response!)).not.toContain(EFFORT_CLOSE);
  });

  it('speaks only what Steady knows: sessions, days, streak, the practice returned to and time on your own', async () => {
    const responses = await expectTranscript(talk(newUser()), [
      'U: Alexa, ask Steady for box breathing',
      intent(Intents.Breathe, BOX, on('2026-11-23T15:00:00Z')),
      'A: … That is box breathing … [ends]',
      'U: (the next day) Alexa, tell Steady I need ten minutes on my own',
      request(timeApart('PT10M'), on('2026-11-24T15:00:00Z')),
      "A: Time on your own is a planned stretch apart, … Your 10 minutes start now. I'll let you know when they're up. … [ends]",
      'U: Alexa, tell Steady it was easy',
      intent(Intents.TimeApartFeedback, ease('easy'), on('2026-11-24T15:00:00Z')),
      "A: Thank you for telling me. That's 10 minutes on your own. Next time, you could try 15 minutes. … [ends]",
      'U: (a week after the first) Alexa, ask Steady for box breathing',
      intent(Intents.Breathe, BOX, on('2026-11-30T15:00:00Z')),
      'A: … That is box breathing … [ends]',
      'U: (the next day) Alexa, ask Steady for box breathing',
      intent(Intents.Breathe, BOX, on('2026-12-01T15:00:00Z')),
      'A: … That is box breathing … [ends]',
      'U: Alexa, tell Steady I need fifteen minutes on my own',
      request(timeApart('PT15M'), on('2026-12-01T16:00:00Z')),
      'A: … Your 15 minutes start now. … [ends]',
      'U: Alexa, tell Steady it was okay',
      intent(Intents.TimeApartFeedback, ease('okay'), on('2026-12-01T16:00:00Z')),
      "A: Thank you for telling me. That's 15 minutes on your own. Next time, let's keep it at 15 minutes. … [ends]",
      "U: Alexa, ask Steady how far I've come",
      intent(Intents.Progress, undefined, on('2026-12-01T18:00:00Z')),
      "A: You've practiced with Steady 3 times, … minutes in all. You made time for it on 2 of the last 7 days. " +
        'Your longest streak is 2 days. The practice you come back to most is breathing. ' +
        `Last week your longest stretch was 10 minutes; this week you're up to 15 minutes. ${EFFORT_CLOSE} [ends]`,
    ]);
    const progress = responses[responses.length - 1]!;
    await expectValidAlexaSsml(speechOf(progress));
    expect(heardWords(progress)).toMatch(/^You've practiced with Steady 3 times, \d+ minutes in all\./);
  });

  it('after one practice long ago: no streak, no week praised, nothing invented', async () => {
    const [, progress] = await expectTranscript(talk(newUser()), [
      'U: Alexa, ask Steady to ground me',
      intent(Intents.Grounding, undefined, on('2026-11-20T15:00:00Z')),
      'A: … five things you can see … [ends]',
      "U: (eleven days later) Alexa, ask Steady how far I've come",
      intent(Intents.Progress, undefined, on('2026-12-01T18:00:00Z')),
      `A: You've practiced with Steady once, 3 minutes in all. ${EFFORT_CLOSE} [ends]`,
    ]);
    expect(heardWords(progress!)).not.toMatch(/streak|last 7 days|every|come back to most|on your own/);
  });
});

describe('forget my history', () => {
  it('deletes the time on your own too: only the memo of the forget is left, and it expires', async () => {
    const userId = newUser();
    const conversation = talk(userId);
    await expectTranscript(conversation, [
      'U: Alexa, ask Steady to help me breathe',
      intent(Intents.Breathe, undefined, on('2026-12-01T15:00:00Z')),
      "A: … That's calm breathing … [ends]",
      'U: Alexa, tell Steady I need twenty minutes on my own',
      request(timeApart('PT20M'), on('2026-12-01T16:00:00Z')),
      'A: … Your 20 minutes start now. … [ends]',
      'U: Alexa, tell Steady it was easy',
      intent(Intents.TimeApartFeedback, ease('easy'), on('2026-12-01T16:00:00Z')),
      "A: Thank you for telling me. That's 20 minutes on your own. … [ends]",
    ]);
    expect(await itemsOf(userId)).toEqual([expect.objectContaining({ sk: { S: 'practice' }, ownTimeLast: { N: '20' } })]);

    await expectTranscript(conversation, [
      'U: Alexa, tell Steady to forget my history',
      intent(Intents.ForgetHistory, undefined, on('2026-12-01T17:00:00Z')),
      'A: That deletes your practice history, your streaks and your saved preferences, for good. Shall I delete them? [listening]',
      'U: yes',
      intent(Intents.Yes, undefined, on('2026-12-01T17:00:00Z')),
      "A: Done. I've deleted everything I kept about your practice. You can start fresh any time. [ends]",
    ]);
    // What is left is the practice record replaced by the memo of this forget (so a retry of it
    // deletes nothing more), which the table's TTL removes; the time on your own went with it.
    const left = await itemsOf(userId);
    expect(left.map((item) => item.sk?.S)).toEqual(['practice']);
    expect(Object.keys(left[0]!).filter((name) => name.startsWith('ownTime'))).toEqual([]);
    expect(left[0]).toMatchObject({ sessions: { N: '0' }, minutes: { N: '0' } });
    expect(left[0]?.forgotten).toBeDefined();
    expect(left[0]?.expiresAt).toBeDefined();

    await expectTranscript(conversation, [
      "U: Alexa, ask Steady how far I've come",
      intent(Intents.Progress, undefined, on('2026-12-01T18:00:00Z')),
      `A: ${spellFor(localeSpelling(wordsFor('en-US').spelling, 'en-US'), NOTHING_YET)} [ends]`,
    ]);
  });
});

describe('nothing about feelings reaches the table or the logs', () => {
  it('theme words, the spoken feeling and "easy, okay or hard" appear in no log entry and no item', async () => {
    const userId = newUser();
    const spoken = {
      theme: 'he has not texted back since tuesday quinoa night',
      otherTheme: 'being left by my partner marigold',
      ease: 'really rough honestly periwinkle',
    };
    skill.logger.entries.length = 0;
    await expectTranscript(talk(userId), [
      `U: Alexa, tell Steady I have an anxious thought: ${spoken.theme}`,
      intent(Intents.AnxiousThought, theme(spoken.theme, 'waiting'), on('2026-12-01T15:00:00Z')),
      `A: ${THEME_CONTENT.waiting.acknowledge} … [ends]`,
      `U: Alexa, tell Steady I have an anxious thought: ${spoken.otherTheme}`,
      intent(Intents.AnxiousThought, theme(spoken.otherTheme, 'left'), on('2026-12-01T15:30:00Z')),
      `A: ${THEME_CONTENT.left.acknowledge} … [ends]`,
      'U: Alexa, tell Steady I need twenty minutes on my own',
      request(timeApart('PT20M'), on('2026-12-01T16:00:00Z')),
      'A: … Your 20 minutes start now. … [ends]',
      `U: Alexa, tell Steady it was ${spoken.ease}`,
      intent(Intents.TimeApartFeedback, ease(spoken.ease, 'hard'), on('2026-12-01T16:00:00Z')),
      "A: Thank you for telling me. That's 20 minutes on your own. Hard is worth knowing. Next time, let's try a shorter 15 minutes. … [ends]",
      'U: Alexa, ask Steady to help me say how I feel',
      intent(Intents.SayHowIFeel, undefined, on('2026-12-01T17:00:00Z')),
      'A: … I feel, then the feeling. … [ends]',
      "U: Alexa, ask Steady how far I've come",
      intent(Intents.Progress, undefined, on('2026-12-01T17:30:00Z')),
      "A: You've practiced with Steady twice, … minutes in all. You made time for it on 1 of the last 7 days. " +
        'The practice you come back to most is reflecting on a thought. ' +
        `This week you've spent 20 minutes on your own, with a longest stretch of 20 minutes. ${EFFORT_CLOSE} [ends]`,
    ]);

    const { Items } = await skill.table.client.send(new ScanCommand({ TableName: skill.table.tableName, ConsistentRead: true }));
    const table = JSON.stringify((Items ?? []).filter((item) => item.pk?.S === userId));
    const logs = JSON.stringify(skill.logger.entries);
    expect(table).toContain('reflection');
    expect(table).toContain('ownTimeWeeks');
    expect(skill.logger.entries.length).toBeGreaterThan(0);
    for (const captured of [table, logs]) {
      for (const words of Object.values(spoken)) expect(captured).not.toContain(words);
      for (const word of ['quinoa', 'marigold', 'periwinkle']) expect(captured).not.toContain(word);
      expect(captured).not.toMatch(/"(waiting|left|rejection|disagreement|not-enough|easy|okay|hard)"/);
      expect(captured).not.toMatch(/\b(theme|ease|feeling)\b/i);
    }
  });
});
