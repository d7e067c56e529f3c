import { estimateSpeechMs } from '../../lambda/speech/estimate';
import { bellMs } from '../../lambda/guidance/bell';
import { ssmlPieces, type SsmlPiece } from '../../tools/lib/ssml-pieces';

/** A piece of a reply as long as a listener hears it: speech by the one estimate, breaks as written. */
function pieceMs(piece: SsmlPiece): number {
  if (piece.kind === 'speech') return estimateSpeechMs(piece.text, piece.voice.ratePercent);
  if (piece.kind === 'pause') return piece.ms;
  return bellMs(piece.src);
}

/** How long a reply's SSML takes to hear. */
export function heardMs(ssml: string): number {
  return ssmlPieces(ssml).reduce((sum, piece) => sum + pieceMs(piece), 0);
}

/** When the first in-breath cue ("Breathe in…", "In") starts, from the start of the reply. */
export function firstBreathMs(ssml: string): number {
  let clock = 0;
  for (const piece of ssmlPieces(ssml)) {
    if (piece.kind === 'speech' && /^(breathe in|in\b)/i.test(piece.text.trim())) return clock;
    clock += pieceMs(piece);
  }
  return Number.POSITIVE_INFINITY;
}
