/** How one conversation turn reads in the terminal: what Alexa heard, and what Steady answered. */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Resolution, ResolvedSlot } from './nlu';

function describeSlot(name: string, slot: ResolvedSlot): string {
  const spoken = `${name}="${slot.value}"`;
  if (slot.resolved === true) return slot.id && slot.id !== slot.value ? `${spoken}→${slot.id}` : spoken;
  if (slot.resolved === false) return `${spoken} (no match)`;
  return spoken;
}

/** "0.93" */
function confidenceOf(confidence: number): string {
  return confidence.toFixed(2);
}

/**
 * `LaunchRequest`, `BreatheIntent technique="square breathing"→box duration="PT3M" (confidence
 * 0.97)`, or for the fallback (and the catch-all that takes its words) what the classifier guessed
 * and why it fell back.
 */
export function describeResolution(resolution: Resolution): string {
  switch (resolution.kind) {
    case 'launch':
      return 'LaunchRequest';
    case 'none':
      return 'nothing Alexa would send to Steady';
    case 'intent': {
      const slots = Object.entries(resolution.slots).flatMap(([name, slot]) => (slot ? [describeSlot(name, slot)] : []));
      const heard = resolution.heard;
      if ((resolution.name === 'AMAZON.FallbackIntent' || resolution.caughtAll) && heard) {
        const guess = heard.intent ? `best guess ${heard.intent} at ${confidenceOf(heard.confidence)}` : 'no intent fits these words';
        // The catch-all takes what would have fallen back, and carries the words.
        return resolution.caughtAll
          ? [resolution.name, ...slots, `(fell back to the catch-all: ${guess})`].join(' ')
          : `${resolution.name} (fell back: ${guess})`;
      }
      const confidence = heard ? [`(confidence ${confidenceOf(heard.confidence)})`] : [];
      return [resolution.name, ...slots, ...confidence].join(' ');
    }
  }
}

/** The directive types a response carries, for example `Alexa.Presentation.APL.RenderDocument`. */
export function directiveTypes(response: ResponseEnvelope): string[] {
  return (response.response.directives ?? []).map((directive) => directive.type);
}

/** Word-wraps to `width` columns, indenting every line. */
export function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}
