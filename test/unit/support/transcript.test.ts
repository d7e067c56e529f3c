import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Conversation } from '../../../tools/lib/conversation';
import { expectTranscript, intent, launch } from '../../support/transcript';

/** A skill that answers each request with the next of `replies`, SSML as Alexa receives it. */
function scripted(...replies: Array<{ ssml: string; listening?: boolean }>): Conversation {
  let turn = 0;
  return new Conversation(async (_request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reply = replies[turn++]!;
    return {
      version: '1.0',
      response: { outputSpeech: { type: 'SSML', ssml: reply.ssml }, shouldEndSession: !reply.listening },
    };
  });
}

const welcome = {
  ssml: '<speak>Welcome back. <break time="500ms"/>You&apos;re on a 2-day streak. What would you like?</speak>',
  listening: true,
};
const session = { ssml: '<speak><prosody rate="90%">Breathe in, two, three, four.</prosody><break time="4s"/>Hold.</speak>' };

test('a transcript that matches passes, the words heard in order across pauses and markup', async () => {
  await expectTranscript(scripted(welcome, session), [
    'U: open Steady',
    launch(),
    'A: Welcome back. … What would you like? [listening]',
    'U: help me breathe',
    intent('BreatheIntent'),
    'A: Breathe in, two, three, four. Hold. [ends]',
  ]);
});

test.each([
  ['words out of order', "A: … What would you like? … You're on a 2-day streak. …", 'not heard after what came before it'],
  ['a missing sentence', 'A: … Take a breath. …', '“Take a breath.” is not heard'],
  ['a reply that begins otherwise', "A: You're on a 2-day streak. …", 'does not begin with'],
  ['a reply that goes on', 'A: Welcome back. … You’re on a 2-day streak.', 'goes on after'],
  ['a session said to end that listens', 'A: … [ends]', 'the session stays open'],
  ['a track said to play that does not', 'A: … [plays]', 'no track starts playing'],
])('fails on %s, showing what Steady said', async (_case, line, reason) => {
  await expect(expectTranscript(scripted(welcome), ['U: open Steady', launch(), line])).rejects.toThrow(reason);
  await expect(expectTranscript(scripted(welcome), ['U: open Steady', launch(), line])).rejects.toThrow(
    "A: Welcome back. You're on a 2-day streak. What would you like?",
  );
});

test('a session said to listen that ends fails', async () => {
  await expect(expectTranscript(scripted(session), ['U: help me breathe', intent('BreatheIntent'), 'A: … [listening]'])).rejects.toThrow(
    'not listening',
  );
});
