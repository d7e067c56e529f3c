import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope, interfaces } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { TIMERS_SCOPE } from '../../lambda/alexa/permission-consent';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { PRACTICE_SORT_KEY } from '../../lambda/store/table-schema';
import { speechOf, type Conversation, intentRequest, requestOfType, type EnvelopeOptions, type SlotInput } from '../../tools/simulator';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { expectTranscript, request } from '../support/transcript';
import { startTimersApiStub, type TimersApiStub } from '../support/timers-api-stub';

let skill: SkillUnderTest;
let alexaApi: TimersApiStub;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'Europe/London' });
});
afterAll(async () => {
  await skill.close();
});
beforeEach(async () => {
  alexaApi = await startTimersApiStub({ timeZone: 'Europe/London' });
});
afterEach(async () => {
  await alexaApi.stop();
});

/** What Alexa would say, with the SSML's escapes read back. */
const said = (response: ResponseEnvelope): string =>
  speechOf(response)
    .replace(/&apos;/g, "'")
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** A request as it arrives once the user has granted timers. */
function withTimers(envelope: RequestEnvelope): RequestEnvelope {
  envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
  return envelope;
}

const TUESDAY = new Date('2026-12-01T18:00:00Z');
const WEEK_LATER = new Date('2026-12-08T18:00:00Z');

function talk(userId = `amzn1.ask.account.${randomUUID()}`): Conversation {
  return skill.conversation({ apiEndpoint: alexaApi.endpoint, userId, timestamp: TUESDAY });
}

function timeApart(slots: Record<string, SlotInput | undefined>, granted: boolean) {
  return (o: EnvelopeOptions) => {
    const envelope = intentRequest(Intents.TimeApart, slots, o);
    return granted ? withTimers(envelope) : envelope;
  };
}

function feedback(ease: string) {
  return (o: EnvelopeOptions) => intentRequest(Intents.TimeApartFeedback, { ease: { value: ease, id: ease, slotType: 'STRETCH_EASE' } }, o);
}

function consentAnswer(status: string, token: string) {
  return (o: EnvelopeOptions) => {
    const request = requestOfType(
      'Connections.Response',
      { name: 'AskFor', status: { code: '200', message: 'OK' }, payload: { permissionScope: TIMERS_SCOPE, status }, token },
      o,
    );
    return status === 'ACCEPTED' ? withTimers(request) : request;
  };
}

function sendRequestOf(response: ResponseEnvelope): interfaces.connections.SendRequestDirective | undefined {
  return (response.response.directives ?? []).find((d) => d.type === 'Connections.SendRequest') as
    | interfaces.connections.SendRequestDirective
    | undefined;
}

/** The practice item, which holds the time on your own. */
async function ownTimeItem(userId: string) {
  const { Item } = await skill.table.client.send(
    new GetItemCommand({
      TableName: skill.table.tableName,
      Key: { pk: { S: userId }, sk: { S: PRACTICE_SORT_KEY } },
      ConsistentRead: true,
    }),
  );
  return Item;
}

function userOf(conversation: Conversation): string {
  return conversation.lastRequest!.context.System.user.userId;
}

describe('time on your own: the timer and its permission', () => {
  it('asks for timer permission by voice, then, once granted, sets a timer that announces a kind line', async () => {
    const conversation = talk();
    const asked = await conversation.send(timeApart({ duration: 'PT20M' }, false));
    await expectValidAlexaSsml(speechOf(asked));
    expect(said(asked)).toContain('Time on your own is a planned stretch apart');
    expect(said(asked)).toContain("If worry rises while you're away, breathe in for 4, hold for 4 and breathe out for 6");
    expect(said(asked)).toContain("To tell you when your 20 minutes are up, I'll ask Alexa for permission to set a timer.");
    const sendRequest = sendRequestOf(asked);
    expect(sendRequest).toMatchObject({
      name: 'AskFor',
      token: 'time-apart:20',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: 'alexa::alerts:timers:skill:readwrite', consentLevel: 'ACCOUNT' }],
      },
    });
    expect('shouldEndSession' in asked.response).toBe(false);
    expect(alexaApi.calls).toEqual([]);

    const granted = await conversation.send(consentAnswer('ACCEPTED', sendRequest!.token));
    await expectValidAlexaSsml(speechOf(granted));
    expect(said(granted)).toContain("Your 20 minutes start now. I'll let you know when they're up.");
    expect(said(granted)).toContain('tell Steady whether it felt easy, okay or hard');
    expect(granted.response.shouldEndSession).toBe(true);
    expect(alexaApi.timers).toHaveLength(1);
    expect(alexaApi.timers[0]!.body).toEqual({
      duration: 'PT20M',
      timerLabel: 'Time for yourself',
      creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
      triggeringBehavior: {
        operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text: wordsFor('en-US').timeApart.timerAnnouncement }] },
        notificationConfig: { playAudible: true },
      },
    });
    expect((await ownTimeItem(userOf(conversation)))?.ownTimePending).toEqual({ N: '20' });
  });

  it.each(['DENIED', 'NOT_ANSWERED'])('accepts %s kindly: no timer, and says how to keep time instead', async (status) => {
    const conversation = talk();
    const answered = await conversation.send(consentAnswer(status, 'time-apart:15'));
    await expectValidAlexaSsml(speechOf(answered));
    expect(said(answered)).toContain("That's okay, I won't set a timer.");
    expect(said(answered)).toContain('You can still take your 15 minutes: keep time with a clock or your phone.');
    expect(answered.response.shouldEndSession).toBe(true);
    expect(alexaApi.calls).toEqual([]);
    // The stretch still counts once reported.
    expect((await ownTimeItem(userOf(conversation)))?.ownTimePending).toEqual({ N: '15' });
  });

  it('says kindly what it can do instead when the Timers API fails', async () => {
    alexaApi.fault = { kind: 'status', status: 500, method: 'POST' };
    const conversation = talk();
    const response = await conversation.send(timeApart({ duration: 'PT30M' }, true));
    await expectValidAlexaSsml(speechOf(response));
    expect(said(response)).toContain("I'm sorry, I couldn't set a timer just now.");
    expect(said(response)).toContain('You can still take your 30 minutes');
    expect(sendRequestOf(response)).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(true);
    expect((await ownTimeItem(userOf(conversation)))?.ownTimePending).toEqual({ N: '30' });
  });

  it('answers in time when the Timers API never answers', async () => {
    alexaApi.fault = { kind: 'silence' };
    const started = Date.now();
    const response = await talk().send(timeApart({ duration: 'PT30M' }, true));
    expect(Date.now() - started).toBeLessThan(4000);
    expect(said(response)).toContain("I couldn't set a timer just now.");
  });

  it('asks for permission when the Timers API refuses the token, and does not ask twice', async () => {
    alexaApi.fault = { kind: 'status', status: 401 };
    const first = await talk().send(timeApart({ duration: 'PT20M' }, true));
    expect(sendRequestOf(first)?.token).toBe('time-apart:20');

    const afterGrant = await talk().send(consentAnswer('ACCEPTED', 'time-apart:20'));
    expect(sendRequestOf(afterGrant)).toBeUndefined();
    expect(said(afterGrant)).toContain("I still don't have permission to set timers");
    expect(said(afterGrant)).toContain('You can still take your 20 minutes');
  });

  it('a new length changes the timer: the earlier Steady timer is cancelled first', async () => {
    const conversation = talk();
    await conversation.send(timeApart({ duration: 'PT20M' }, true));
    const changed = await conversation.send(timeApart({ duration: 'PT35M' }, true));
    expect(said(changed)).toContain('Your 35 minutes start now.');
    expect(alexaApi.timers.map((t) => t.body.duration)).toEqual(['PT35M']);
    expect((await ownTimeItem(userOf(conversation)))?.ownTimePending).toEqual({ N: '35' });
  });

  it('keeps a timer within the two hours Alexa allows', async () => {
    const response = await talk().send(timeApart({ duration: 'PT3H' }, true));
    expect(said(response)).toContain('Your 2 hours start now.');
    expect(alexaApi.timers[0]!.body.duration).toBe('PT120M');
  });

  it('"cancel my time apart" cancels the timer, and the unfinished stretch is not counted', async () => {
    const conversation = talk();
    await conversation.send(timeApart({ duration: 'PT20M' }, true));
    const cancelled = await conversation.intent(Intents.CancelTimeApart);
    expect(said(cancelled)).toContain("I've cancelled your timer for time on your own.");
    expect(alexaApi.timers).toEqual([]);
    expect((await ownTimeItem(userOf(conversation)))?.ownTimePending).toBeUndefined();

    const again = await conversation.intent(Intents.CancelTimeApart);
    expect(said(again)).toContain("There's no Steady timer running");
    const report = await conversation.send(feedback('easy'));
    expect(said(report)).toContain("I don't have a stretch of time on your own waiting to hear how it went.");
  });
});

describe('time on your own: easy, okay or hard only moves the next length', () => {
  it('easy: up gently; the next suggestion and the week are spoken; the answer is not stored', async () => {
    const conversation = talk();
    const [, reported] = await expectTranscript(conversation, [
      'U: Alexa, tell Steady I want twenty minutes on my own',
      request(timeApart({ duration: 'PT20M' }, true)),
      'A: … [ends]',
      'U: Alexa, tell Steady my time apart was easy',
      request(feedback('easy')),
      "A: Thank you for telling me. That's 20 minutes on your own. … Next time, you could try 25 minutes. … " +
        "This week you've spent 20 minutes on your own, with a longest stretch of 20 minutes. …",
      'U: Alexa, ask Steady for time on my own',
      request(timeApart({ duration: undefined }, true)),
      'A: … Last time was 20 minutes. Would you like to try 25 minutes? [listening]',
      'U: yes',
      request((o) => withTimers(intentRequest(Intents.Yes, {}, o))),
      'A: … Your 25 minutes start now. …',
    ]);
    await expectValidAlexaSsml(speechOf(reported!));
    expect(alexaApi.timers.map((t) => t.body.duration)).toEqual(['PT25M']);

    const item = await ownTimeItem(userOf(conversation));
    expect(item).toMatchObject({
      ownTimeLast: { N: '20' },
      ownTimeNext: { N: '25' },
      ownTimeWeeks: { L: [{ M: { week: { S: '2026-W49' }, minutes: { N: '20' }, longest: { N: '20' } } }] },
    });
    expect(JSON.stringify(item)).not.toMatch(/easy|okay|hard/i);
  });

  it("Alexa's retry of a report hears the same answer, and the stretch is counted once", async () => {
    const conversation = talk();
    await conversation.send(timeApart({ duration: 'PT20M' }, true));
    const once = (o: EnvelopeOptions) => {
      const envelope = feedback('okay')(o);
      envelope.request.requestId = 'amzn1.echo-api.request.report-retried';
      return envelope;
    };
    const first = await conversation.send(once);
    const retry = await conversation.send(once);
    expect(said(first)).toContain("That's 20 minutes on your own.");
    expect(said(retry)).toBe(said(first));
    const item = await ownTimeItem(userOf(conversation));
    expect(item?.ownTimeWeeks).toEqual({ L: [{ M: { week: { S: '2026-W49' }, minutes: { N: '20' }, longest: { N: '20' } } }] });
    expect(JSON.stringify(item)).not.toMatch(/easy|okay|hard/i);
  });

  it('okay keeps the length; hard makes it shorter; the weeks are compared', async () => {
    const userId = `amzn1.ask.account.${randomUUID()}`;
    const lastWeek = talk(userId);
    await lastWeek.send(timeApart({ duration: 'PT10M' }, true));
    const okay = await lastWeek.send(feedback('okay'));
    expect(said(okay)).toContain("Next time, let's keep it at 10 minutes.");

    const thisWeek = skill.conversation({ apiEndpoint: alexaApi.endpoint, userId, timestamp: WEEK_LATER });
    await thisWeek.send(timeApart({ duration: 'PT25M' }, true));
    const hard = await thisWeek.send(feedback('hard'));
    expect(said(hard)).toContain("Next time, let's try a shorter 20 minutes.");
    expect(said(hard)).toContain("Last week your longest stretch was 10 minutes; this week you're up to 25 minutes.");
    expect((await ownTimeItem(userId))?.ownTimeNext).toEqual({ N: '20' });
  });

  it('no to the suggestion sets nothing', async () => {
    const conversation = talk();
    await conversation.send(timeApart({ duration: 'PT15M' }, true));
    await conversation.send(feedback('okay'));
    const calls = alexaApi.calls.length;
    await conversation.send(timeApart({ duration: undefined }, true));
    const no = await conversation.intent(Intents.No);
    expect(said(no)).toContain("That's fine. When you're ready");
    expect(alexaApi.calls.slice(calls).filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('a first stretch without a length starts at 10 minutes', async () => {
    const response = await talk().send(timeApart({ duration: undefined }, true));
    expect(said(response)).toContain("Let's begin with 10 minutes.");
    expect(alexaApi.timers[0]!.body.duration).toBe('PT10M');
  });

  it('asks how it went when the answer was not heard', async () => {
    const response = await talk().intent(Intents.TimeApartFeedback);
    expect(said(response)).toContain('How did your time on your own go: easy, okay or hard?');
    expect(response.response.shouldEndSession).toBe(false);
  });
});
