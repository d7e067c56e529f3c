import type { ResponseEnvelope, interfaces } from 'ask-sdk-model';
import { CIRCLE_SCALE } from '../../lambda/renderers/apl/phase-looks';
import { BEDTIME_LOOK } from '../../lambda/renderers/apl/looks';
import { MAX_RESPONSE_BYTES } from '../../lambda/renderers/apl/limits';
import { reminderToken } from '../../lambda/alexa/reminder-time';
import { bellMs } from '../../lambda/guidance/bell';
import { Intents } from '../../lambda/intents';
import { estimateSpeechMs } from '../../lambda/speech/estimate';
import { speechOf, permissionAnswer, REMINDERS_PERMISSION } from '../../tools/simulator';
import { ssmlPieces } from '../../tools/lib/ssml-pieces';
import { mountedCommands, playCommands, type PlayedPhase } from '../support/apl-playback';
import { startRemindersApiStub, type RemindersApiStub } from '../support/reminders-api-stub';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { expectTranscript, intent, request, type Said } from '../support/transcript';

type Json = Record<string, unknown>;

let skill: SkillUnderTest;
let alexaApi: RemindersApiStub;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'America/New_York' });
});
afterAll(async () => {
  await skill.close();
});
beforeEach(async () => {
  alexaApi = await startRemindersApiStub({ timeZone: 'America/New_York' });
});
afterEach(async () => {
  await alexaApi.stop();
});

function renderedDocument(response: ResponseEnvelope): Json {
  const directives = response.response.directives ?? [];
  const render = directives.filter((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  expect(render).toHaveLength(1);
  return (render[0] as interfaces.alexa.presentation.apl.RenderDocumentDirective).document as Json;
}

/** Where each speech piece starts, on the same clock the skill paces with. */
function spokenStarts(ssml: string): Array<{ text: string; startMs: number }> {
  let clock = 0;
  return ssmlPieces(ssml).flatMap((piece) => {
    if (piece.kind === 'pause') {
      clock += piece.ms;
      return [];
    }
    if (piece.kind === 'sound') {
      clock += bellMs(piece.src);
      return [];
    }
    const start = clock;
    clock += estimateSpeechMs(piece.text, piece.voice.ratePercent);
    return [{ text: piece.text.trim(), startMs: start }];
  });
}

function pictureStarts(played: readonly PlayedPhase[]): Array<PlayedPhase & { startMs: number }> {
  let clock = 0;
  return played.map((phase) => {
    const startMs = clock;
    clock += phase.ms;
    return { ...phase, startMs };
  });
}

describe('on a screen: the breathing visual', () => {
  it('comes with the 4-4-6 session, every cue of the voice starting its phase on screen', async () => {
    const response = await skill.conversation({ screen: true }).intent(Intents.Breathe);
    await expectValidAlexaSsml(speechOf(response));
    expect(response.response.shouldEndSession).toBe(true);
    const picture = pictureStarts(playCommands(mountedCommands(renderedDocument(response))));
    const breathPhases = picture.filter((p) => ['Breathe in', 'Hold', 'Breathe out'].includes(p.word));
    expect(breathPhases.map((p) => p.word).slice(0, 3)).toEqual(['Breathe in', 'Hold', 'Breathe out']);
    expect(breathPhases).toHaveLength(6 * 3);

    // The bell rings first; every cue that names a phase starts that phase on screen (counted
    // numbers and quiet breaths in between).
    const cues = spokenStarts(speechOf(response)).filter((cue) => /^(Breathe in|Hold|Breathe out|And breathe out|In|Out)\b/.test(cue.text));
    expect(cues[0]!.text).toBe('Breathe in');
    for (const cue of cues) expect(breathPhases.some((phase) => Math.abs(cue.startMs - phase.startMs) <= 100)).toBe(true);
    for (const phase of breathPhases) expect(phase.ms).toBe({ 'Breathe in': 4000, Hold: 4000, 'Breathe out': 6000 }[phase.word]);
  });

  it('stays in step for a 20-minute request (spoken for nine minutes without AudioPlayer), and the whole response stays under 24 KB', async () => {
    const response = await skill.conversation({ screen: true }).intent(Intents.Breathe, { duration: 'PT20M' });
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(MAX_RESPONSE_BYTES);
    const picture = pictureStarts(playCommands(mountedCommands(renderedDocument(response))));
    const inhales = picture.filter((p) => p.word === 'Breathe in');
    const spokenInhales = spokenStarts(speechOf(response)).filter((piece) => /^(Breathe in|In)\b/.test(piece.text));
    // Twenty minutes asked for; one reply speaks at most nine, so about 33 breaths.
    expect(inhales.length).toBeGreaterThan(30);
    // Quiet breaths are shown but not spoken; every spoken in-breath starts one on screen.
    expect(spokenInhales.length).toBeLessThan(inhales.length);
    for (const cue of spokenInhales) expect(inhales.some((p) => Math.abs(cue.startMs - p.startMs) <= 100)).toBe(true);
    expect(inhales.every((p) => p.toScale === CIRCLE_SCALE.full && p.ms === 4000)).toBe(true);
  });

  it('is dim and dark at bedtime', async () => {
    const response = await skill.conversation({ screen: true }).intent(Intents.Bedtime);
    const document = renderedDocument(response);
    const [container] = (document.mainTemplate as { items: Json[] }).items;
    expect(container!.backgroundColor).toBe(BEDTIME_LOOK.background);
    expect(playCommands(mountedCommands(document)).some((p) => p.word === 'Breathe in')).toBe(true);
  });

  it.each([
    [Intents.Relax, 'Muscle relaxation'],
    [Intents.Grounding, 'Grounding'],
  ])('%s shows a card of the practice', async (intent, title) => {
    const document = renderedDocument(await skill.conversation({ screen: true }).intent(intent));
    expect(JSON.stringify(document.mainTemplate)).toContain(title);
  });

  it.each([Intents.Breathe, Intents.Bedtime, Intents.Relax, Intents.Grounding])(
    '%s sends no APL to a device without a screen',
    async (intent) => {
      const response = await skill.conversation().intent(intent);
      expect((response.response.directives ?? []).filter((d) => d.type.startsWith('Alexa.Presentation'))).toEqual([]);
    },
  );
});

/** The user has allowed Steady's reminders: each request carries the consent token. */
const allowed = { grantedPermissions: [REMINDERS_PERMISSION] };

const conversation = () => skill.conversation({ apiEndpoint: alexaApi.endpoint });

function sendRequestOf(response: ResponseEnvelope): interfaces.connections.SendRequestDirective | undefined {
  return (response.response.directives ?? []).find((d) => d.type === 'Connections.SendRequest') as
    | interfaces.connections.SendRequestDirective
    | undefined;
}

/** Alexa's answer to the permission question Steady's last reply handed over, with its token. */
const consentToLastAsk =
  (status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Said =>
  (talk) => {
    const token = sendRequestOf(talk.lastResponse!)?.token;
    if (token === undefined) throw new Error('Steady asked for no permission to answer');
    return talk.send((o) => permissionAnswer(REMINDERS_PERMISSION, status, token, o));
  };

/** Alexa's answer to a permission question asked for a 9 PM reminder. */
const consentFor9pm = (status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Said =>
  request((o) => permissionAnswer(REMINDERS_PERMISSION, status, reminderToken({ hour: 21, minute: 0 }), o));

describe('daily reminders', () => {
  it('asks for permission by voice, then, once granted, creates a daily reminder and says the time back', async () => {
    const talk = conversation();
    const [asked] = await expectTranscript(talk, [
      'U: Alexa, ask Steady to remind me every day at 9 PM',
      intent(Intents.Reminder, { time: '21:00' }),
      'A: To remind you every day at 9 PM, I need your permission to set reminders.',
    ]);
    await expectValidAlexaSsml(speechOf(asked));
    expect(sendRequestOf(asked!)).toMatchObject({
      name: 'AskFor',
      token: reminderToken({ hour: 21, minute: 0 }),
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: 'alexa::alerts:reminders:skill:readwrite', consentLevel: 'ACCOUNT' }],
      },
    });
    // Alexa asks the question itself: Steady neither ends the session nor listens.
    expect('shouldEndSession' in asked!.response).toBe(false);
    expect(asked!.response.reprompt).toBeUndefined();
    expect(alexaApi.reminders).toEqual([]);

    const [granted] = await expectTranscript(talk, [
      'U: (allows reminders when Alexa asks)',
      consentToLastAsk('ACCEPTED'),
      "A: I'll remind you every day at 9 PM. To change it, say, for example: remind me at seven in the morning. [ends]",
    ]);
    await expectValidAlexaSsml(speechOf(granted));
    expect(alexaApi.reminders).toHaveLength(1);
    const { body, token } = alexaApi.reminders[0]!;
    expect(token).toBeTruthy();
    expect(body.trigger).toMatchObject({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'America/New_York',
      recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] },
    });
    expect(JSON.stringify(body.alertInfo)).toContain('ask Steady to help me breathe');
  });

  it.each(['DENIED', 'NOT_ANSWERED'] as const)('accepts %s gracefully and sets nothing', async (status) => {
    const [answered] = await expectTranscript(conversation(), [
      `U: (${status === 'DENIED' ? 'says no' : 'says nothing'} when Alexa asks to allow reminders)`,
      consentFor9pm(status),
      "A: That's okay, I won't set a reminder. You can come back and practice whenever you like. [ends]",
    ]);
    await expectValidAlexaSsml(speechOf(answered));
    expect(answered!.response.shouldEndSession).toBe(true);
    expect(alexaApi.calls).toEqual([]);
  });

  it('with permission already given, sets the reminder at once; a new time replaces the old reminder', async () => {
    const [morning] = await expectTranscript(conversation(), [
      'U: Alexa, ask Steady to remind me every day at 7:30 in the morning',
      intent(Intents.Reminder, { time: '07:30' }, allowed),
      "A: I'll remind you every day at 7:30 AM. To change it, say, for example: remind me at seven in the morning. [ends]",
      'U: Alexa, ask Steady to remind me at 9 PM instead',
      intent(Intents.Reminder, { time: '21:00' }, allowed),
      "A: I'll remind you every day at 9 PM. That replaces your earlier Steady reminder. " +
        'To change it, say, for example: remind me at seven in the morning. [ends]',
    ]);
    expect(sendRequestOf(morning!)).toBeUndefined();
    expect(alexaApi.reminders).toHaveLength(1);
    expect(JSON.stringify(alexaApi.reminders[0]!.body)).toContain('BYHOUR=21;BYMINUTE=0');
  });

  it('without a time, chooses 8 PM and says so', async () => {
    await expectTranscript(conversation(), [
      'U: Alexa, ask Steady to set a daily reminder',
      intent(Intents.Reminder, { time: undefined }, allowed),
      "A: You didn't say a time, so I'll use 8 PM. I'll remind you every day at 8 PM. … [ends]",
    ]);
    expect(JSON.stringify(alexaApi.reminders[0]!.body)).toContain('BYHOUR=20;BYMINUTE=0');
  });

  it('asks for permission when the Reminders API refuses the token', async () => {
    alexaApi.fault = { kind: 'status', status: 401 };
    const [response] = await expectTranscript(conversation(), [
      'U: Alexa, ask Steady to remind me every day at 9 PM',
      intent(Intents.Reminder, { time: '21:00' }, allowed),
      'A: To remind you every day at 9 PM, I need your permission to set reminders.',
    ]);
    expect(sendRequestOf(response!)?.token).toBe(reminderToken({ hour: 21, minute: 0 }));
  });

  it('does not ask again when permission was just granted but the API still refuses', async () => {
    alexaApi.fault = { kind: 'status', status: 403 };
    const [response] = await expectTranscript(conversation(), [
      'U: (allows reminders when Alexa asks)',
      consentFor9pm('ACCEPTED'),
      "A: I still can't set reminders for you. You can allow them for Steady in the Alexa app, under Skills, whenever you like. [ends]",
    ]);
    expect(sendRequestOf(response!)).toBeUndefined();
  });

  it.each([
    ['failing', { kind: 'status', status: 503 } as const],
    ['silent', { kind: 'silence' } as const],
  ])('answers kindly, in time, when the Reminders API is %s', async (_how, fault) => {
    alexaApi.fault = fault;
    const started = Date.now();
    const [response] = await expectTranscript(conversation(), [
      'U: Alexa, ask Steady to remind me every day at 9 PM',
      intent(Intents.Reminder, { time: '21:00' }, allowed),
      "A: I'm sorry, I couldn't set your reminder just now. Please try again in a little while. [ends]",
    ]);
    expect(Date.now() - started).toBeLessThan(4000);
    await expectValidAlexaSsml(speechOf(response));
    expect(response!.response.shouldEndSession).toBe(true);
  });

  it('"cancel my reminder" removes it; asked again, there is nothing to cancel', async () => {
    const talk = conversation();
    await expectTranscript(talk, [
      'U: Alexa, ask Steady to remind me every day at 9 PM',
      intent(Intents.Reminder, { time: '21:00' }, allowed),
      "A: I'll remind you every day at 9 PM. … [ends]",
    ]);
    expect(alexaApi.reminders).toHaveLength(1);
    await expectTranscript(talk, [
      'U: Alexa, tell Steady to cancel my reminder',
      intent(Intents.CancelReminder, {}, allowed),
      "A: Done. I won't remind you any more. [ends]",
    ]);
    expect(alexaApi.reminders).toEqual([]);
    await expectTranscript(talk, [
      'U: Alexa, tell Steady to cancel my reminder',
      intent(Intents.CancelReminder, {}, allowed),
      "A: You don't have a daily reminder from me, so there's nothing to cancel. [ends]",
    ]);
  });

  it('cancelling without reminder permission says there is nothing to cancel, and calls nothing', async () => {
    await expectTranscript(conversation(), [
      'U: Alexa, tell Steady to cancel my reminder',
      intent(Intents.CancelReminder),
      "A: You don't have a daily reminder from me, so there's nothing to cancel. [ends]",
    ]);
    expect(alexaApi.calls).toEqual([]);
  });

  it('cancelling while the API fails is answered kindly', async () => {
    alexaApi.fault = { kind: 'status', status: 500 };
    await expectTranscript(conversation(), [
      'U: Alexa, tell Steady to cancel my reminder',
      intent(Intents.CancelReminder, {}, allowed),
      "A: I'm sorry, I couldn't reach your reminders just now. Please try again in a little while. [ends]",
    ]);
  });
});
