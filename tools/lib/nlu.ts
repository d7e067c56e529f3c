/**
 * Resolves typed utterances against an interaction model, so that the model's own samples, slot
 * types and synonyms decide what the skill receives. Each sample becomes a pattern of words and
 * slots; every way the utterance fits a pattern is tried, slot values are checked against their
 * type, and the most specific fit wins (most literal words, then most resolved slots).
 */
import { BUILT_IN_PHRASES, FALLBACK_INTENT } from './built-in-intents';
import type { SlotInput } from './envelope';
import type { InteractionModel, ModelIntent, ModelSlotType } from './interaction-model';
import { parseInvocation } from './invocation';
import { parseDuration, parseNumber, parseTime } from './spoken-quantities';
import { sameWord, sameWords, utteranceTokens } from './utterance-text';

export type ResolvedSlot = Exclude<SlotInput, string>;

export type Resolution =
  | { readonly kind: 'launch'; readonly invocation: true }
  | {
      readonly kind: 'intent';
      readonly name: string;
      /** Every slot the intent declares; unfilled ones are present as undefined. */
      readonly slots: Record<string, ResolvedSlot | undefined>;
      readonly invocation: boolean;
      /** The sample that matched; undefined for the fallback. */
      readonly sample?: string;
    }
  | { readonly kind: 'none'; readonly invocation: boolean };

export interface ResolveOptions {
  /** Whether the skill's session is open, so that Alexa sends it what the user says next. */
  readonly sessionOpen: boolean;
}

type Part = { readonly word: string } | { readonly slot: string; readonly type: string };

interface Pattern {
  readonly intent: ModelIntent;
  readonly sample: string;
  readonly parts: readonly Part[];
  readonly literalWords: number;
}

interface Fit {
  readonly pattern: Pattern;
  readonly slots: Readonly<Record<string, ResolvedSlot>>;
}

interface TypeEntry {
  readonly words: readonly string[];
  readonly id: string;
  readonly canonical: string;
}

/** An unresolved custom slot value longer than this is more likely a different request. */
const MAX_UNRESOLVED_SLOT_WORDS = 4;
const MAX_SLOT_WORDS = 8;

export class Nlu {
  private readonly invocationName: readonly string[];
  private readonly patterns: readonly Pattern[];
  private readonly slotTypes: ReadonlyMap<string, readonly TypeEntry[]>;
  private readonly declared: ReadonlySet<string>;

  constructor(model: InteractionModel) {
    const language = model.interactionModel.languageModel;
    this.invocationName = utteranceTokens(language.invocationName);
    this.declared = new Set(language.intents.map((intent) => intent.name));
    this.slotTypes = new Map((language.types ?? []).map((type) => [type.name, typeEntries(type)]));
    this.patterns = language.intents.flatMap((intent) => {
      const samples = [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])];
      return samples.map((sample) => compileSample(intent, sample));
    });
  }

  /**
   * What Alexa would send for this utterance: a LaunchRequest, an intent, or nothing (the skill
   * is not addressed and no session is open).
   */
  resolve(utterance: string, options: ResolveOptions): Resolution {
    const tokens = utteranceTokens(utterance);
    const invocation = parseInvocation(tokens, this.invocationName);
    if (invocation?.kind === 'launch') return { kind: 'launch', invocation: true };
    if (invocation?.kind === 'one-shot') return this.resolveOneShot(invocation.utterance);
    if (!options.sessionOpen) return { kind: 'none', invocation: false };
    return this.matchInSession(tokens);
  }

  /** The utterance as if said after "ask steady to …": a one-shot that opens a new session. */
  resolveAsOneShot(utterance: string): Resolution {
    return this.resolveOneShot(utteranceTokens(utterance));
  }

  private resolveOneShot(tokens: readonly string[]): Resolution {
    const fit = this.bestFit(tokens);
    if (fit) return this.toIntent(fit, true);
    if (this.declared.has(FALLBACK_INTENT)) return { kind: 'intent', name: FALLBACK_INTENT, slots: {}, invocation: true };
    // Without a fallback intent, Alexa opens the skill when it cannot understand the request.
    return { kind: 'launch', invocation: true };
  }

  private matchInSession(tokens: readonly string[]): Resolution {
    const fit = this.bestFit(tokens);
    if (fit) return this.toIntent(fit, false);
    if (this.declared.has(FALLBACK_INTENT)) return { kind: 'intent', name: FALLBACK_INTENT, slots: {}, invocation: false };
    return { kind: 'none', invocation: false };
  }

  private toIntent(fit: Fit, invocation: boolean): Resolution {
    const declaredSlots = fit.pattern.intent.slots ?? [];
    const slots: Record<string, ResolvedSlot | undefined> = {};
    for (const slot of declaredSlots) slots[slot.name] = fit.slots[slot.name];
    return { kind: 'intent', name: fit.pattern.intent.name, slots, invocation, sample: fit.pattern.sample };
  }

  private bestFit(tokens: readonly string[]): Fit | undefined {
    if (tokens.length === 0) return undefined;
    let best: { fit: Fit; score: readonly number[] } | undefined;
    for (const pattern of this.patterns) {
      for (const fit of this.fits(pattern, tokens)) {
        const score = scoreOf(fit);
        if (!best || isBetter(score, best.score)) best = { fit, score };
      }
    }
    return best?.fit;
  }

  private *fits(pattern: Pattern, tokens: readonly string[]): Generator<Fit> {
    for (const slots of this.fitFrom(pattern.parts, tokens, 0, 0, {})) {
      // A pattern made only of slots must not swallow arbitrary speech: its values must resolve.
      if (pattern.literalWords === 0 && Object.values(slots).some((slot) => slot.resolved === false)) continue;
      yield { pattern, slots };
    }
  }

  /** Every way parts[partIndex…] can cover tokens[tokenIndex…], as the slots each way fills. */
  private *fitFrom(
    parts: readonly Part[],
    tokens: readonly string[],
    partIndex: number,
    tokenIndex: number,
    slots: Readonly<Record<string, ResolvedSlot>>,
  ): Generator<Readonly<Record<string, ResolvedSlot>>> {
    const part = parts[partIndex];
    if (part === undefined) {
      if (tokenIndex === tokens.length) yield slots;
      return;
    }
    if ('word' in part) {
      if (sameWord(tokens[tokenIndex] ?? '', part.word)) yield* this.fitFrom(parts, tokens, partIndex + 1, tokenIndex + 1, slots);
      return;
    }
    const partsAfter = parts.length - partIndex - 1;
    const longest = Math.min(MAX_SLOT_WORDS, tokens.length - tokenIndex - partsAfter);
    for (let length = 1; length <= longest; length++) {
      const value = this.slotValue(part.type, tokens.slice(tokenIndex, tokenIndex + length));
      if (value) yield* this.fitFrom(parts, tokens, partIndex + 1, tokenIndex + length, { ...slots, [part.slot]: value });
    }
  }

  /** The slot as Alexa would fill it from these words, or undefined when the type rejects them. */
  private slotValue(type: string, words: readonly string[]): ResolvedSlot | undefined {
    const spoken = words.join(' ');
    if (type === 'AMAZON.NUMBER') {
      const n = parseNumber(words);
      return n === undefined || !Number.isInteger(n) ? undefined : { value: String(n), slotType: type };
    }
    if (type === 'AMAZON.DURATION') {
      const iso = parseDuration(words);
      return iso === undefined ? undefined : { value: iso, slotType: type };
    }
    if (type === 'AMAZON.TIME') {
      const time = parseTime(words);
      return time === undefined ? undefined : { value: time, slotType: type };
    }
    const entries = this.slotTypes.get(type);
    if (!entries) return { value: spoken, slotType: type };
    const match = entries.find((entry) => sameWords(entry.words, words));
    if (match) return { value: spoken, id: match.id, canonical: match.canonical, resolved: true, slotType: type };
    return words.length <= MAX_UNRESOLVED_SLOT_WORDS ? { value: spoken, resolved: false, slotType: type } : undefined;
  }
}

function typeEntries(type: ModelSlotType): TypeEntry[] {
  return (type.values ?? []).flatMap((value) => {
    const canonical = value.name.value;
    const id = value.id ?? canonical;
    return [canonical, ...(value.name.synonyms ?? [])].map((said) => ({ words: utteranceTokens(said), id, canonical }));
  });
}

function compileSample(intent: ModelIntent, sample: string): Pattern {
  const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
  const parts: Part[] = sample.split(/\s+/).flatMap((piece): Part[] => {
    const slotRef = /^\{(\w+)\}$/.exec(piece);
    if (!slotRef) return utteranceTokens(piece).map((word) => ({ word }));
    const name = slotRef[1] as string;
    const type = slotTypes.get(name);
    if (!type) throw new Error(`${intent.name} sample "${sample}" uses undeclared slot {${name}}`);
    return [{ slot: name, type }];
  });
  return { intent, sample, parts, literalWords: parts.filter((part) => 'word' in part).length };
}

/** Most literal words, then most resolved slots, then fewest unresolved ones. */
function scoreOf(fit: Fit): readonly number[] {
  const slots = Object.values(fit.slots);
  const resolved = slots.filter((slot) => slot.resolved === true || slot.resolved === undefined).length;
  return [fit.pattern.literalWords, resolved, -(slots.length - resolved)];
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
