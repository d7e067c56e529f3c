import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Conversation } from '../../../tools/simulator';
import { expectTranscript, intent, launch } from '../../support/transcript';

/** A skill that answers each request with the next of `replies`, SSML as Alexa receives it. */
function scripted(...replies: Array<{ ssml?: string; listening?: boolean; plays?: boolean }>): Conversation {
  let turn = 0;
  return new Conversation(async (_request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reply = replies[turn++]!;
    const play = {
      type: 'AudioPlayer.Play',
      playBehavior: 'REPLACE_ALL',
      audioItem: { stream: { url: 'https://x/t.mp3', token: 't', offsetInMilliseconds: 0 } },
    };
    return {
      version: '1.0',
      response: {
        ...(reply.ssml !== undefined ? { outputSpeech: { type: 'SSML', ssml: reply.ssml } } : {}),
        ...(reply.plays ? { directives: [play] } : {}),
        shouldEndSession: !reply.listening,
      },
    } as ResponseEnvelope;
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

test('a silent reply is said with [silent], and markers combine', async () => {
  await expectTranscript(scripted({ plays: true }, { ssml: '<speak>Breathe in.</speak>', plays: true }), [
    'U: resume',
    intent('AMAZON.ResumeIntent'),
    'A: [silent] [plays] [ends]',
    'U: start over',
    intent('AMAZON.StartOverIntent'),
    'A: Breathe in. [plays] [ends]',
  ]);
  await expect(
    expectTranscript(scripted({ ssml: '<speak>Breathe in.</speak>', plays: true }), [
      'U: resume',
      intent('AMAZON.ResumeIntent'),
      'A: [silent] [plays]',
    ]),
  ).rejects.toThrow('Steady speaks');
  await expect(
    expectTranscript(scripted({ plays: false }), ['U: resume', intent('AMAZON.ResumeIntent'), 'A: [silent] [plays]']),
  ).rejects.toThrow('no track starts playing');
});
