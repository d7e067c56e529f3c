import type { interfaces } from 'ask-sdk-model';
import { CIRCLE_ID, WORD_ID } from './animation-commands';
import { centredDocument } from './centred-document';
import type { Look } from './looks';
import { CIRCLE_SCALE } from './phase-looks';

type Command = interfaces.alexa.presentation.apl.Command;

/**
 * A soft circle with the phase word beneath it, `firstWord` until the commands change it. The
 * commands run once the document is on screen, so the picture starts with the voice; the screen
 * stays on while they run.
 */
export function breathingDocument(look: Look, commands: readonly Command[], firstWord: string): Record<string, unknown> {
  return centredDocument(
    look,
    [
      {
        type: 'Frame',
        id: CIRCLE_ID,
        width: '56vmin',
        height: '56vmin',
        borderRadius: '28vmin',
        backgroundColor: look.circle,
        borderColor: look.halo,
        borderWidth: '1vmin',
        opacity: look.circleOpacity,
        transform: [{ scale: CIRCLE_SCALE.empty }],
      },
      {
        type: 'Text',
        id: WORD_ID,
        text: firstWord,
        color: look.text,
        opacity: look.textOpacity,
        fontSize: look.wordSize,
        fontWeight: '300',
        textAlign: 'center',
        paddingTop: '6vmin',
      },
    ],
    { onMount: [{ type: 'Sequential', screenLock: true, commands }] },
  );
}
