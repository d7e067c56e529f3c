import { QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { SkillBuilders } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import { TIMERS_SCOPE } from '../../lambda/alexa/permission-consent';
import { THEME_CONTENT } from '../../lambda/guidance/anxious-thought/themes';
import { GENERAL_CONTENT } from '../../lambda/guidance/anxious-thought/themes';
import { EFFORT_CLOSE, NOTHING_YET } from '../../lambda/guidance/progress/reflection';
import { spellFor } from '../../lambda/renderers/ssml/spelling';
import { anxiousThoughtResponse } from '../../lambda/handlers/anxious-thought';
import { Intents } from '../../lambda/intents';
import { Conversation, repromptOf, speechOf } from '../../tools/lib/conversation';
import { intentRequest, TEST_SKILL_ID, type EnvelopeOptions, type SlotInput } from '../../tools/lib/envelope';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { startTimersApiStub, type TimersApiStub } from '../support/timers-api-stub';

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

const said = (response: ResponseEnvelope): string =>
  speechOf(response)
    .replace(/&apos;/g, "'")
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const newUser = () => `amzn1.ask.account.TOOLKIT${randomUUID().replace(/-/g, '')}`;
const at = (userId: string, iso: string) => skill.conversation({ userId, timestamp: new Date(iso), apiEndpoint: alexaApi.endpoint });

function theme(value: string, id: string): Record<string, SlotInput> {
  return { theme: { value, id, slotType: 'ANXIOUS_THEME' } };
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

/** A stretch of time on your own, set with timer permission and reported as `ease`. */
async function stretch(userId: string, iso: string, duration: string, ease: string) {
  const conversation = at(userId, iso);
  await conversation.send((o: EnvelopeOptions) => {
    const envelope = intentRequest(Intents.TimeApart, { duration }, o);
    envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
    return envelope;
  });
  await conversation.intent(Intents.TimeApartFeedback, { ease: { value: ease, id: ease, slotType: 'STRETCH_EASE' } });
}

describe('an anxious thought', () => {
  it('"I feel rejected": a hands-free session for rejection, recorded as practice without the theme', async () => {
    const userId = newUser();
    const response = await at(userId, '2026-12-01T15:00:00Z').intent(Intents.AnxiousThought, theme('rejected', 'rejection'));
    await expectValidAlexaSsml(speechOf(response));
    expect(response.response.shouldEndSession).toBe(true);
    expect(repromptOf(response)).toBeUndefined();
    const text = said(response);
    expect(text).toContain(THEME_CONTENT.rejection.acknowledge);
    expect(THEME_CONTENT.rejection.reframes.some((reframe) => text.includes(reframe))).toBe(true);
    expect(THEME_CONTENT.rejection.actions.some((action) => text.includes(action))).toBe(true);
    expect(text).toContain("You don't need to say the thought out loud.");

    expect((await skill.store.readHistory(userId)).history.techniques).toEqual({ reframe: 1 });
    expect(JSON.stringify(await itemsOf(userId))).not.toMatch(/rejected|rejection/);
  });

  it('without a theme, uses general words; the next day the reframe is a different one', async () => {
    const userId = newUser();
    const today = said(await at(userId, '2026-12-01T15:00:00Z').intent(Intents.AnxiousThought));
    const tomorrow = said(await at(userId, '2026-12-02T15:00:00Z').intent(Intents.AnxiousThought));
    expect(today).toContain(GENERAL_CONTENT.acknowledge);
    const reframeOf = (text: string) =>
      GENERAL_CONTENT.reframes.find((reframe) => text.includes(`kinder way to answer that thought. ${reframe}`));
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
      logger: skill.logger,
      skillId: TEST_SKILL_ID,
    };
    const talk = new Conversation((event) => feelingsNet.invoke(event), { apiEndpoint: alexaApi.endpoint, userId: newUser() });
    const response = await talk.intent('FeelingsIntent', { query: 'I think he is going to leave me' });
    await expectValidAlexaSsml(speechOf(response));
    expect(said(response)).toContain(THEME_CONTENT.left.acknowledge);
    expect(response.response.shouldEndSession).toBe(true);
  });
});

describe('saying how I feel', () => {
  it('guides an I statement with two examples and a calm breath, and stores nothing', async () => {
    const userId = newUser();
    const response = await at(userId, '2026-12-01T15:00:00Z').intent(Intents.SayHowIFeel);
    await expectValidAlexaSsml(speechOf(response));
    const text = said(response);
    expect(text).toContain("I feel, then the feeling. When, then what happens. And I'd like, then what would help.");
    expect(text).toContain("For example: I feel unsettled when we're apart for a long time");
    expect(text).toContain('Before you talk, one calm breath');
    expect(response.response.shouldEndSession).toBe(true);
    expect(await itemsOf(userId)).toEqual([]);
  });
});

describe('how far have I come', () => {
  it('with nothing practised, says so plainly and praises nothing', async () => {
    const response = await at(newUser(), '2026-12-01T15:00:00Z').intent(Intents.Progress);
    expect(said(response)).toContain(spellFor('en-US', NOTHING_YET));
    expect(said(response)).not.toContain(EFFORT_CLOSE);
  });

  it('speaks only what Steady knows: sessions, days, streak, the practice returned to and time on your own', async () => {
    const userId = newUser();
    await at(userId, '2026-11-23T15:00:00Z').intent(Intents.Breathe, {
      technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' },
    });
    await stretch(userId, '2026-11-24T15:00:00Z', 'PT10M', 'easy');
    for (const day of ['2026-11-30', '2026-12-01']) {
      await at(userId, `${day}T15:00:00Z`).intent(Intents.Breathe, {
        technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' },
      });
    }
    await stretch(userId, '2026-12-01T16:00:00Z', 'PT15M', 'okay');

    const response = await at(userId, '2026-12-01T18:00:00Z').intent(Intents.Progress);
    await expectValidAlexaSsml(speechOf(response));
    const text = said(response);
    expect(text).toMatch(/^ ?You've practiced with Steady 3 times, \d+ minutes in all\./);
    expect(text).toContain('You made time for it on 2 of the last 7 days.');
    expect(text).toContain('Your longest streak is 2 days.');
    expect(text).toContain('The practice you come back to most is box breathing.');
    expect(text).toContain("Last week your longest stretch was 10 minutes; this week you're up to 15 minutes.");
    expect(text.trim().endsWith(EFFORT_CLOSE)).toBe(true);
  });

  it('after one practice long ago: no streak, no week praised, nothing invented', async () => {
    const userId = newUser();
    await at(userId, '2026-11-20T15:00:00Z').intent(Intents.Grounding);
    const text = said(await at(userId, '2026-12-01T18:00:00Z').intent(Intents.Progress));
    expect(text).toContain("You've practiced with Steady once");
    expect(text).not.toMatch(/streak|last 7 days|every|come back to most|on your own/);
    expect(text).toContain(EFFORT_CLOSE);
  });
});

describe('forget my history', () => {
  it('deletes the time on your own too: only the memo of the forget is left, and it expires', async () => {
    const userId = newUser();
    await at(userId, '2026-12-01T15:00:00Z').intent(Intents.Breathe);
    await stretch(userId, '2026-12-01T16:00:00Z', 'PT20M', 'easy');
    expect((await itemsOf(userId)).map((item) => item.sk?.S).sort()).toEqual(['own-time', 'practice']);

    const conversation = at(userId, '2026-12-01T17:00:00Z');
    await conversation.intent(Intents.ForgetHistory);
    const done = await conversation.intent(Intents.Yes);
    expect(said(done)).toContain("Done. I've deleted everything I kept about your practice.");
    // What is left is the practice record replaced by the memo of this forget (so a retry of it
    // deletes nothing more), which the table's TTL removes; the time on your own is gone.
    const left = await itemsOf(userId);
    expect(left.map((item) => item.sk?.S)).toEqual(['practice']);
    expect(left[0]).toMatchObject({ sessions: { N: '0' }, minutes: { N: '0' } });
    expect(left[0]?.forgotten).toBeDefined();
    expect(left[0]?.expiresAt).toBeDefined();
    const progress = await at(userId, '2026-12-01T18:00:00Z').intent(Intents.Progress);
    expect(said(progress)).toContain(spellFor('en-US', NOTHING_YET));
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
    await at(userId, '2026-12-01T15:00:00Z').intent(Intents.AnxiousThought, theme(spoken.theme, 'waiting'));
    await at(userId, '2026-12-01T15:30:00Z').intent(Intents.AnxiousThought, theme(spoken.otherTheme, 'left'));
    const conversation = at(userId, '2026-12-01T16:00:00Z');
    await conversation.send((o: EnvelopeOptions) => {
      const envelope = intentRequest(Intents.TimeApart, { duration: 'PT20M' }, o);
      envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
      return envelope;
    });
    await conversation.intent(Intents.TimeApartFeedback, { ease: { value: spoken.ease, id: 'hard', slotType: 'STRETCH_EASE' } });
    await at(userId, '2026-12-01T17:00:00Z').intent(Intents.SayHowIFeel);
    await at(userId, '2026-12-01T17:30:00Z').intent(Intents.Progress);

    const { Items } = await skill.table.client.send(new ScanCommand({ TableName: skill.table.tableName, ConsistentRead: true }));
    const table = JSON.stringify((Items ?? []).filter((item) => item.pk?.S === userId));
    const logs = JSON.stringify(skill.logger.entries);
    expect(table).toContain('reframe');
    expect(table).toContain('own-time');
    expect(skill.logger.entries.length).toBeGreaterThan(0);
    for (const captured of [table, logs]) {
      for (const words of Object.values(spoken)) expect(captured).not.toContain(words);
      for (const word of ['quinoa', 'marigold', 'periwinkle']) expect(captured).not.toContain(word);
      expect(captured).not.toMatch(/"(waiting|left|rejection|disagreement|not-enough|easy|okay|hard)"/);
      expect(captured).not.toMatch(/\b(theme|ease|feeling)\b/i);
    }
  });
});
