/**
 * Reads Alexa SSML into a flat list of what a listener hears: stretches of speech (with the voice
 * they are spoken in), silences and sounds. Enough SSML for what skills emit; not a validator.
 */

export interface SpokenVoice {
  /** Percentage of the normal speaking rate. */
  readonly ratePercent: number;
  readonly volume?: string;
  readonly pitch?: string;
  readonly whispered: boolean;
}

export type SsmlPiece =
  | { readonly kind: 'speech'; readonly text: string; readonly voice: SpokenVoice }
  | { readonly kind: 'pause'; readonly ms: number }
  | { readonly kind: 'sound'; readonly src: string };

const NORMAL: SpokenVoice = { ratePercent: 100, whispered: false };

/** Alexa's pause for each break strength, in milliseconds. */
export const BREAK_STRENGTH_MS: Readonly<Record<string, number>> = {
  none: 0,
  'x-weak': 0,
  weak: 250,
  medium: 500,
  strong: 750,
  'x-strong': 1000,
};
const NAMED_RATES: Record<string, number> = { 'x-slow': 50, slow: 75, medium: 100, fast: 125, 'x-fast': 150 };
/** Alexa pauses at the end of a paragraph and a sentence as for these break strengths. */
const CLOSING_PAUSE: Record<string, string> = { p: 'x-strong', s: 'strong' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[name as string] = decodeEntities(double ?? single ?? '');
  }
  return attributes;
}

/** `3s`, `3.4s`, `3400ms`. */
export function parseBreakTime(time: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/i.exec(time);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return Math.round(match[2]?.toLowerCase() === 's' ? amount * 1000 : amount);
}

function rateOf(rate: string | undefined, current: number): number {
  if (rate === undefined) return current;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(rate.trim());
  if (percent) return Number(percent[1]);
  return NAMED_RATES[rate.trim()] ?? current;
}

function voiceFor(name: string, attributes: Record<string, string>, outer: SpokenVoice): SpokenVoice {
  if (name === 'prosody') {
    return {
      ...outer,
      ratePercent: rateOf(attributes.rate, outer.ratePercent),
      ...(attributes.volume ? { volume: attributes.volume } : {}),
      ...(attributes.pitch ? { pitch: attributes.pitch } : {}),
    };
  }
  if (name === 'amazon:effect' && attributes.name === 'whispered') return { ...outer, whispered: true };
  return outer;
}

export function ssmlPieces(ssml: string): SsmlPiece[] {
  const pieces: SsmlPiece[] = [];
  const voices: { name: string; voice: SpokenVoice }[] = [];
  const voice = (): SpokenVoice => voices[voices.length - 1]?.voice ?? NORMAL;
  // Text inside <sub alias="…"> is replaced by what Alexa actually says.
  let replacedBy: string | undefined;

  const addSpeech = (raw: string): void => {
    const text = decodeEntities(raw).replace(/\s+/g, ' ');
    if (text.trim() === '') {
      const last = pieces[pieces.length - 1];
      if (text !== '' && last?.kind === 'speech') pieces[pieces.length - 1] = { ...last, text: last.text + ' ' };
      return;
    }
    pieces.push({ kind: 'speech', text, voice: voice() });
  };
  const addPause = (ms: number): void => {
    if (ms > 0) pieces.push({ kind: 'pause', ms });
  };

  for (const [, tagText, text] of ssml.matchAll(/(<[^>]+>)|([^<]+)/g)) {
    if (text !== undefined) {
      if (replacedBy === undefined) addSpeech(text);
      continue;
    }
    const tag = tagText as string;
    const closing = tag.startsWith('</');
    const selfClosing = tag.endsWith('/>');
    const name = /^<\/?\s*([\w:-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const attributes = attributesOf(tag);

    if (closing) {
      if (name === 'sub' && replacedBy !== undefined) {
        addSpeech(replacedBy);
        replacedBy = undefined;
      }
      const strength = CLOSING_PAUSE[name];
      if (strength) addPause(BREAK_STRENGTH_MS[strength] ?? 0);
      const open = voices.map((v) => v.name).lastIndexOf(name);
      if (open >= 0) voices.splice(open);
      continue;
    }
    if (name === 'break') {
      const ms = attributes.time !== undefined ? parseBreakTime(attributes.time) : BREAK_STRENGTH_MS[attributes.strength ?? 'medium'];
      addPause(ms ?? 0);
    } else if (name === 'audio' && attributes.src) {
      pieces.push({ kind: 'sound', src: attributes.src });
    } else if (name === 'sub' && attributes.alias !== undefined && !selfClosing) {
      replacedBy = attributes.alias;
    } else if (!selfClosing && (name === 'prosody' || name === 'amazon:effect' || name === 'amazon:emotion' || name === 'amazon:domain')) {
      voices.push({ name, voice: voiceFor(name, attributes, voice()) });
    }
  }
  return pieces;
}
