import type { ResponseEnvelope } from 'ask-sdk-model';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { intentRequest, loadInteractionModel, Nlu, repromptOf, speechOf } from '../../tools/simulator';
import { ssmlPieces } from '../../tools/lib/ssml-pieces';
import { expectValidAlexaSsml } from '../support/ssml';
import { MAX_SPOKEN_RESPONSE_MS } from '../../lambda/speech/limits';
import { firstBreathMs, heardMs } from '../support/heard';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectTranscript, intent, launch } from '../support/transcript';

const BREATHING = wordsFor('en-US').breathing;

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

async function expectValidResponse(response: ResponseEnvelope): Promise<void> {
  await expectValidAlexaSsml(speechOf(response));
  const reprompt = repromptOf(response);
  if (reprompt !== undefined) await expectValidAlexaSsml(reprompt);
}

/** Seconds of silence in a response, summed over its breaks. */
function silenceSeconds(ssml: string): number {
  return ssmlPieces(ssml).reduce((sum, piece) => sum + (piece.kind === 'pause' ? piece.ms : 0), 0) / 1000;
}

/** A technique slot as Alexa fills it: resolved to an id, or not matched at all. */
function technique(value: string, id?: string) {
  return id ? { value, id, slotType: 'BREATHING_TECHNIQUE' } : { value, resolved: false, slotType: 'BREATHING_TECHNIQUE' };
}

function expectEnded(response: ResponseEnvelope): void {
  expect(response.response.shouldEndSession).toBe(true);
  expect(response.response.reprompt).toBeUndefined();
}

describe('one-shot: "Alexa, ask Steady to help me breathe"', () => {
  it('guides a calm session with its introduction and body check, then ends with nothing listening', async () => {
    const response = await skill.conversation().intent(Intents.Breathe);
    await expectValidResponse(response);
    expectEnded(response);
    const ssml = speechOf(response);
    expect(ssml).toContain('calm breathing.');
    // The body check, in the day's words.
    expect(ssml).toContain('your body');
    expect(ssml).not.toContain('Would you like');
    expect(silenceSeconds(ssml)).toBeGreaterThan(45);
  });

  it('does box breathing for three minutes when asked by a synonym', async () => {
    const response = await skill
      .conversation()
      .intent(Intents.Breathe, { technique: technique('square breathing', 'box'), duration: 'PT3M' });
    await expectValidResponse(response);
    expectEnded(response);
    expect(speechOf(response)).toContain('That is box breathing');
  });

  it('guides the number of breaths asked for', async () => {
    const response = await skill.conversation().intent(Intents.Breathe, { breaths: '10' });
    const inhales = ssmlPieces(speechOf(response)).filter((p) => p.kind === 'speech' && /^(Breathe in|In)\b/.test(p.text.trim()));
    expect(inhales).toHaveLength(10);
  });

  it('says kindly when it does not know a technique, and guides the default instead', async () => {
    const response = await skill.conversation().intent(Intents.Breathe, { technique: technique('dragon & fire breathing') });
    await expectValidResponse(response);
    expect(speechOf(response)).toContain('I don&apos;t know dragon &amp; fire breathing yet, so let&apos;s do calm breathing.');
  });

  it.each([
    ['en-US', 'resonance', 'the resonance'],
    ['en-US', 'sigh', 'the cyclic sighing'],
    ['en-US', 'belly', 'the belly'],
    ['en-GB', 'box', 'the square one'],
    ['es-MX', 'resonance', 'la respiración de resonancia'],
    ['es-US', 'resonance', 'de resonancia'],
    ['es-ES', 'belly', 'la respiracion abdominal'],
    ['es-MX', 'sigh', 'el suspiro cíclico'],
  ])('%s: guides %s when the name reaches the slot unmatched, as "%s"', async (locale, id, value) => {
    const named = await skill
      .conversation({ locale, userId: `amzn1.ask.account.named-${locale}-${id}` })
      .intent(Intents.Breathe, { technique: technique(value) });
    const matched = await skill
      .conversation({ locale, userId: `amzn1.ask.account.matched-${locale}-${id}` })
      .intent(Intents.Breathe, { technique: technique(id, id) });
    expect(speechOf(named)).toBe(speechOf(matched));
  });

  it('guides the default and says so when the words name two techniques at once', async () => {
    const response = await skill.conversation().intent(Intents.Breathe, { technique: technique('calm box breathing') });
    expect(speechOf(response)).toContain('I don&apos;t know calm box breathing yet, so let&apos;s do calm breathing.');
  });

  it('clamps an absurd length and says so in one sentence', async () => {
    const response = await skill.conversation().intent(Intents.Breathe, { duration: 'PT900H' });
    await expectValidResponse(response);
    expect(speechOf(response)).toContain('That&apos;s longer than I can speak in one go, so we&apos;ll breathe for about 8 minutes.');
    expect(heardMs(speechOf(response))).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
  });

  it.each([
    ['calm', undefined],
    ['box', 'box breathing'],
    ['478', 'four seven eight'],
    ['resonance', 'resonance breathing'],
    ['sigh', 'cyclic sigh'],
    ['belly', 'belly breathing'],
  ] as const)('%s asked for by name: the first in-breath within 4 s, counted aloud', async (_id, name) => {
    const response = await skill.conversation().intent(Intents.Breathe, name ? { technique: technique(name, _id) } : {});
    const ssml = speechOf(response);
    expect(firstBreathMs(ssml)).toBeLessThanOrEqual(4000);
    expect(ssml).toMatch(/Breathe in <break time='\d+ms'\/> two <break time='\d+ms'\/> three/);
  });

  it('twenty minutes of calm steps back on purpose: softly in the middle, never silent, the voice back for the end', async () => {
    const response = await skill.conversation().intent(Intents.Breathe, { duration: 'PT20M' });
    const ssml = speechOf(response);
    expect(heardMs(ssml)).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
    const pieces = ssmlPieces(ssml);
    const speech = pieces.flatMap((p) => (p.kind === 'speech' ? [p] : []));
    const spoken = speech.map((p) => p.text.trim());
    const times = (cue: string, volume?: string) => speech.filter((p) => p.text.trim() === cue && p.voice.volume === volume).length;
    expect(times('In')).toBeLessThanOrEqual(10);
    expect(times('Out')).toBeLessThanOrEqual(5);
    expect(times('In', 'soft')).toBeGreaterThan(10);
    expect(times('Out', 'soft')).toBeGreaterThan(10);
    // The check-ins and the full cues are the day's wordings: any of the week's.
    const checkIns = BREATHING.cues.checkIns.map((cue) => cue.replaceAll("'", '&apos;'));
    expect(checkIns.reduce((sum, cue) => sum + ssml.split(cue).length - 1, 0)).toBeGreaterThanOrEqual(2);
    let silenceMs = 0;
    for (const piece of pieces) {
      silenceMs = piece.kind === 'pause' ? silenceMs + piece.ms : 0;
      expect(silenceMs).toBeLessThan(20_000);
    }
    const lastBreath = Math.max(...BREATHING.cues.full.inhale.map((cue) => spoken.lastIndexOf(cue)));
    expect(lastBreath).toBeGreaterThan(spoken.length - 8);
  });

  it('"no bells" takes the bell away from the next session; "bells on" brings it back', async () => {
    const userId = `amzn1.ask.account.BELL${Date.now()}`;
    expect(speechOf(await skill.conversation({ userId }).intent(Intents.Breathe))).toContain('soundbank://');
    expect(speechOf(await skill.conversation({ userId }).intent(Intents.BellsOff))).toContain('no bells');
    const quiet = speechOf(await skill.conversation({ userId }).intent(Intents.Breathe));
    expect(quiet).not.toContain('<audio');
    expect(firstBreathMs(quiet)).toBe(0);
    await skill.conversation({ userId }).intent(Intents.BellsOn);
    expect(speechOf(await skill.conversation({ userId }).intent(Intents.Breathe))).toContain('soundbank://');
  });
});

describe('launch, then choose', () => {
  it('welcomes, offers the choices and listens; the chosen session then asks what next', async () => {
    const [welcome, box, again, bye] = await expectTranscript(skill.conversation(), [
      'U: Alexa, open Steady',
      launch(),
      'A: Welcome to Steady. I can breathe with you, relax your muscles, ground you, or help you sleep, ' +
        'and help with an anxious thought or time on your own. What would you like? [listening]',
      'U: box breathing',
      intent(Intents.Breathe, { technique: technique('box breathing', 'box') }),
      'A: … That is box breathing … Breathe out … Would you like another round, or something different? [listening]',
      'U: box',
      intent(Intents.Breathe, { technique: technique('box', 'box') }),
      'A: … Breathe in … [listening]',
      'U: stop',
      intent(Intents.Stop),
      'A: … [ends]',
    ]);
    for (const response of [welcome!, box!, bye!]) await expectValidResponse(response);
    expect(repromptOf(welcome)).toContain('help me breathe');
    expect(speechOf(again)).not.toContain('That is box breathing');
    expectEnded(bye!);
  });
});

describe('after a session the user opened Steady for', () => {
  it('takes yes as another round of the same technique, without its introduction', async () => {
    const [, , again] = await expectTranscript(skill.conversation(), [
      'U: Alexa, open Steady',
      launch(),
      'A: … What would you like? [listening]',
      'U: box breathing',
      intent(Intents.Breathe, { technique: technique('box breathing', 'box') }),
      'A: … That is box breathing … Would you like another round, or something different? [listening]',
      'U: yes',
      intent(Intents.Yes),
      'A: … Rest, empty … [listening]',
    ]);
    await expectValidResponse(again!);
    expect(speechOf(again)).not.toContain('That is box breathing');
  });

  it('takes "another round" the same way', async () => {
    await expectTranscript(skill.conversation(), [
      'U: Alexa, open Steady',
      launch(),
      'A: … [listening]',
      'U: four seven eight',
      intent(Intents.Breathe, { technique: technique('four seven eight', '478') }),
      'A: … [listening]',
      'U: another round',
      intent(Intents.Breathe),
      'A: … Out through your mouth … [listening]',
    ]);
  });

  it('closes each round in new words: the close, the compassion line and the question change', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const rounds = [await conversation.intent(Intents.Breathe)];
    rounds.push(await conversation.intent(Intents.Yes));
    rounds.push(await conversation.intent(Intents.Yes));
    const closes = rounds.map(
      (round) => /<audio[^>]*\/> <break time='1500ms'\/> <prosody rate='90%'>([^<]+)<\/prosody>/.exec(speechOf(round))?.[1],
    );
    expect(closes.every((close) => close !== undefined)).toBe(true);
    expect(new Set(closes).size).toBe(3);
    const questions = rounds.map(
      (round) =>
        /(Would you like another round, or something different\?|Another round, or something else\?|Shall we go again, or try something different\?)/.exec(
          speechOf(round),
        )?.[1],
    );
    expect(new Set(questions).size).toBe(3);
  });

  it('takes no as goodbye', async () => {
    const [, , bye] = await expectTranscript(skill.conversation(), [
      'U: Alexa, open Steady',
      launch(),
      'A: … [listening]',
      'U: help me breathe',
      intent(Intents.Breathe),
      'A: … Breathe in … [listening]',
      'U: no',
      intent(Intents.No),
      'A: … [ends]',
    ]);
    await expectValidResponse(bye!);
    expectEnded(bye!);
  });
});

describe('help, repeat, fallback, stop and cancel', () => {
  it('help says what Steady can do, that it is not medical advice, and listens', async () => {
    const help = await skill.conversation().intent(Intents.Help);
    await expectValidResponse(help);
    expect(help.response.shouldEndSession).toBe(false);
    expect(speechOf(help)).toContain('help me breathe');
    expect(speechOf(help)).toContain('ot medical advice');
    expect(speechOf(help)).toContain('an anxious thought, time on my own, how far I&apos;ve come, or how I feel');
    expect(heardMs(speechOf(help))).toBeLessThan(18_000);
  });

  it('help keeps the phrase that reaches the crisis answer: "help me, please" said in panic reaches the help too', async () => {
    const conversation = skill.conversation();
    const help = await conversation.intent(Intents.Help);
    expect(speechOf(help)).toContain('If you&apos;re not safe, say: I&apos;m not safe.');
    const said = new Nlu(loadInteractionModel('en-US')).resolve("i'm not safe", { sessionOpen: true });
    if (said.kind !== 'intent') throw new Error(`"i'm not safe" reached no intent`);
    const crisis = await conversation.intent(said.name, said.slots);
    expect(speechOf(crisis)).toContain('nine eight eight');
  });

  it('repeat says the last question again', async () => {
    const conversation = skill.conversation();
    const help = await conversation.intent(Intents.Help);
    const repeated = await conversation.intent(Intents.Repeat);
    expect(speechOf(repeated)).toBe(speechOf(help));
    expect(repeated.response.shouldEndSession).toBe(false);
  });

  it('fallback says what it can do and listens', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const fallback = await conversation.intent(Intents.Fallback);
    await expectValidResponse(fallback);
    expect(speechOf(fallback)).toContain('didn&apos;t catch that');
    expect(fallback.response.shouldEndSession).toBe(false);
  });

  it.each([Intents.Stop, Intents.Cancel, Intents.NavigateHome])('%s says a brief goodbye and ends', async (intent) => {
    const conversation = skill.conversation();
    await conversation.launch();
    const bye = await conversation.intent(intent);
    await expectValidResponse(bye);
    expectEnded(bye);
  });
});

describe('requests from another skill', () => {
  it('are refused and record nothing', async () => {
    const userId = 'amzn1.ask.account.ANOTHERSKILLSUSER';
    const request = intentRequest(
      Intents.Breathe,
      {},
      { skillId: 'amzn1.ask.skill.someone-else', userId, apiEndpoint: skill.settingsApi.endpoint },
    );
    await expect(skill.handler(request)).rejects.toThrow();
    const history = (await skill.store.readHistory(userId)).history;
    expect(history.sessions).toBe(0);
  });
});
