import { centredDocument } from './centred-document';
import type { Look } from './looks';
import type { PracticeCard } from './practice-cards';

/** A title and a few lines, large and centred, readable from across the room. */
export function cardDocument(look: Look, card: PracticeCard): Record<string, unknown> {
  return centredDocument(
    look,
    [
      {
        type: 'Text',
        text: card.title,
        color: look.text,
        fontSize: '48dp',
        fontWeight: '300',
        textAlign: 'center',
        paddingBottom: '4vh',
      },
      ...card.lines.map((line) => ({
        type: 'Text',
        text: line,
        color: look.text,
        opacity: 0.85,
        fontSize: '30dp',
        textAlign: 'center',
        paddingBottom: '2vh',
      })),
    ],
    { sidePadding: '8vw' },
  );
}
