import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Conversation, repromptOf, speechOf, sessionEndedRequest } from '../../../../tools/simulator';

/** A tiny skill: counts turns in a session attribute and ends the session on "StopIntent". */
function countingSkill(seen: RequestEnvelope[]) {
  return async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    seen.push(event);
    const turns = Number(event.session?.attributes?.turns ?? 0) + 1;
    const stop = event.request.type === 'IntentRequest' && (event.request as IntentRequest).intent.name === 'StopIntent';
    return {
      version: '1.0',
      sessionAttributes: { turns },
      response: stop
        ? { outputSpeech: { type: 'PlainText', text: 'Bye.' }, shouldEndSession: true }
        : {
            outputSpeech: { type: 'SSML', ssml: `<speak>Turn ${turns}</speak>` },
            reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Still there?</speak>' } },
            shouldEndSession: false,
          },
    };
  };
}

describe('Conversation', () => {
  it('keeps one session open, carrying attributes, until the skill ends it', async () => {
    const seen: RequestEnvelope[] = [];
    const conversation = new Conversation(countingSkill(seen));

    expect(speechOf(await conversation.launch())).toBe('<speak>Turn 1</speak>');
    expect(conversation.isOpen).toBe(true);
    expect(repromptOf(conversation.lastResponse)).toBe('<speak>Still there?</speak>');

    expect(speechOf(await conversation.intent('BreatheIntent', { technique: 'box' }))).toBe('<speak>Turn 2</speak>');
    expect(speechOf(await conversation.intent('StopIntent'))).toBe('Bye.');
    expect(conversation.isOpen).toBe(false);
    expect(repromptOf(conversation.lastResponse)).toBeUndefined();

    expect(seen.map((e) => e.session?.new)).toEqual([true, false, false]);
    expect(new Set(seen.map((e) => e.session?.sessionId)).size).toBe(1);
    expect(seen[0]?.session?.attributes).toBeUndefined();
    expect(seen[1]?.session?.attributes).toEqual({ turns: 1 });
    expect(seen[2]?.session?.attributes).toEqual({ turns: 2 });

    await conversation.launch();
    expect(seen[3]?.session?.new).toBe(true);
    expect(seen[3]?.session?.sessionId).not.toBe(seen[0]?.session?.sessionId);
  });

  it('treats an absent shouldEndSession as the end of the session', async () => {
    const conversation = new Conversation(async () => ({ version: '1.0', response: {} }));
    await conversation.launch();
    expect(conversation.isOpen).toBe(false);
    expect(speechOf(conversation.lastResponse)).toBe('');
  });

  it('uses the clock, the options and per-turn overrides', async () => {
    const seen: RequestEnvelope[] = [];
    let now = new Date('2026-03-08T06:00:00Z');
    const conversation = new Conversation(countingSkill(seen), { clock: () => now, screen: true, locale: 'en-GB' });
    await conversation.launch();
    now = new Date('2026-03-09T06:00:00Z');
    await conversation.intent('BreatheIntent');
    await conversation.intent('BreatheIntent', {}, { timestamp: new Date('2026-03-10T06:00:00Z'), deviceId: 'amzn1.ask.device.OTHER' });
    expect(seen.map((e) => e.request.timestamp)).toEqual(['2026-03-08T06:00:00Z', '2026-03-09T06:00:00Z', '2026-03-10T06:00:00Z']);
    expect(seen.every((e) => e.request.locale === 'en-GB' && e.context.Viewport !== undefined)).toBe(true);
    expect(seen[2]?.context.System.device?.deviceId).toBe('amzn1.ask.device.OTHER');
  });

  it('sends any envelope within the session, and starts afresh after leave()', async () => {
    const seen: RequestEnvelope[] = [];
    const conversation = new Conversation(countingSkill(seen));
    await conversation.launch();
    await conversation.send((o) => sessionEndedRequest('USER_INITIATED', o));
    expect(seen[1]?.request.type).toBe('SessionEndedRequest');
    expect(seen[1]?.session?.sessionId).toBe(seen[0]?.session?.sessionId);
    conversation.leave();
    expect(conversation.isOpen).toBe(false);
    expect(conversation.sessionAttributes).toEqual({});
  });
});
