import type { Response } from 'ask-sdk-model';
import { wordsFor } from '../../../../lambda/content/words';
import { localeSpelling, spellFor, spellResponseFor, spellSsmlFor } from '../../../../lambda/renderers/ssml/spelling';

/** The spelling map of a locale, from the words of its language. */
const spellingOf = (locale: string | undefined) => localeSpelling(wordsFor(locale).spelling, locale);

describe("each locale's spelling, from one source", () => {
  it.each([
    [
      'en-US',
      "You've practised twice. Your favourite is box breathing. I can remind you to practise.",
      "You've practiced twice. Your favorite is box breathing. I can remind you to practice.",
    ],
    ['en-GB', "You've practised twice. Your favourite is box breathing.", "You've practised twice. Your favourite is box breathing."],
    ['en-AU', 'Keep practising your favourite.', 'Keep practising your favourite.'],
    ['en-IN', 'Keep practising your favourite.', 'Keep practising your favourite.'],
    [
      'en-CA',
      'I can remind you to practise. Your favourite is calm breathing.',
      'I can remind you to practise. Your favourite is calm breathing.',
    ],
    ['fr-FR', 'practised', 'practised'],
    [undefined, 'practised', 'practised'],
  ])('%s', (locale, source, said) => {
    expect(spellFor(spellingOf(locale), source)).toBe(said);
  });

  it('keeps capitals and leaves other words alone', () => {
    expect(spellFor(spellingOf('en-US'), 'Practised. PRACTISING. Favourites. practiser')).toBe(
      'Practiced. PRACTICING. Favorites. practiser',
    );
  });

  it('changes only the words of SSML, never a tag or attribute', () => {
    const ssml = "<speak><audio src='https://x/practised.mp3'/><prosody rate='90%'>You practised</prosody></speak>";
    expect(spellSsmlFor(spellingOf('en-US'), ssml)).toBe(
      "<speak><audio src='https://x/practised.mp3'/><prosody rate='90%'>You practiced</prosody></speak>",
    );
  });

  it('applies to speech, reprompt and screen text of a response', () => {
    const response: Response = {
      outputSpeech: { type: 'SSML', ssml: '<speak>Your favourite</speak>' },
      reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Would you like to practise now?</speak>' } },
      directives: [
        { type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: {}, datasources: { card: { text: 'practised today' } } },
      ],
    };
    const spelt = spellResponseFor(spellingOf('en-US'), response);
    expect(spelt.outputSpeech).toEqual({ type: 'SSML', ssml: '<speak>Your favorite</speak>' });
    expect(spelt.reprompt?.outputSpeech).toEqual({ type: 'SSML', ssml: '<speak>Would you like to practice now?</speak>' });
    expect(JSON.stringify(spelt.directives)).toContain('practiced today');
  });

  it('never respells an address, a token or an id in a directive', () => {
    const response: Response = {
      directives: [
        {
          type: 'AudioPlayer.Play',
          playBehavior: 'REPLACE_ALL',
          audioItem: {
            stream: { url: 'https://practise.example/tracks/favourite.mp3', token: 'steady:2|practise', offsetInMilliseconds: 0 },
          },
        },
      ],
    };
    const before = JSON.stringify(response.directives);
    expect(JSON.stringify(spellResponseFor(spellingOf('en-US'), response).directives)).toBe(before);
  });
});
