/**
 * Understands typed utterances the way Alexa's NLU does, from the interaction model alone: an
 * intent classifier trained on the model's own samples decides the intent, and the model's slot
 * types fill the slots. It is not Alexa (see the README): it only knows the samples, the slot
 * values and synonyms, and the built-in phrases in built-in-intents.ts.
 *
 * The classifier is nlp.js (`@nlpjs/neural`, the neural network nlp.js's NLU trains, with the
 * normaliser, tokeniser and stemmer of the model's language: `@nlpjs/lang-en-min` for English,
 * `@nlpjs/lang-es` for Spanish, whose numbers, durations and times are read through
 * spanish-quantities.ts), run the way nlp.js's
 * `NluNeural` runs it, including its "None" feature for words it never saw. Slot values are then
 * read by aligning the utterance with the chosen intent's samples, or, where none aligns, by
 * finding the slot types' values in it. Words that are a sample, or fit one closely, count as
 * near-certain for its intent, as they do for Alexa.
 */
import { StemmerEn, NormalizerEn, TokenizerEn } from '@nlpjs/lang-en-min';
import { NormalizerEs, StemmerEs, TokenizerEs } from '@nlpjs/lang-es';
import { NeuralNetwork, type Features, type TrainingRow } from '@nlpjs/neural';
import {
  BUILT_IN_PHRASES,
  COMMAND_FILLERS,
  FALLBACK_INTENT,
  isCommandFiller,
  SPANISH_BUILT_IN_PHRASES,
  SPANISH_COMMAND_FILLERS,
} from './built-in-intents';
import type { SlotInput } from './envelope';
import type { InteractionModel, ModelIntent, ModelSlotType } from './interaction-model';
import { parseInvocation } from './invocation';
import { englishQuantityTokens } from '../lib/spanish-quantities';
import { parseDuration, parseNumber, parseTime } from '../lib/spoken-quantities';
import { sameWord, sameWords, utteranceTokens } from './utterance-text';

export type ResolvedSlot = Exclude<SlotInput, string>;

/** The classifier's verdict on one utterance. */
export interface Heard {
  /** The intent it chose, or the one it would have guessed when it fell back. */
  readonly intent: string | undefined;
  /** Its confidence in that intent, from 0 to 1. */
  readonly confidence: number;
}

export type Resolution =
  | { readonly kind: 'launch'; readonly invocation: true }
  | {
      readonly kind: 'intent';
      readonly name: string;
      /** Every slot the intent declares; unfilled ones are present as undefined. */
      readonly slots: Record<string, ResolvedSlot | undefined>;
      readonly invocation: boolean;
      /** The sample the slots were read against; undefined when none aligned, and for the fallback. */
      readonly sample?: string;
      /** What the classifier heard: for the fallback, its best guess and why it fell back. */
      readonly heard?: Heard;
      /** Set when the catch-all took words that would otherwise have fallen back; `heard` is then the best guess. */
      readonly caughtAll?: true;
    }
  | { readonly kind: 'none'; readonly invocation: boolean };

export interface ResolveOptions {
  /** Whether the skill's session is open, so that Alexa sends it what the user says next. */
  readonly sessionOpen: boolean;
}

export interface NluOptions {
  /** Below this confidence the utterance falls back (nlp.js's own default is 0.5). */
  readonly threshold?: number;
  /** How strongly each word never seen in a sample pulls towards no intent (nlp.js's is 1). */
  readonly unknownWordWeight?: number;
  /** The language the model is in; English unless said. */
  readonly language?: 'en' | 'es';
}

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_UNKNOWN_WORD_WEIGHT = 2;
/** The confidence of words that are one of an intent's samples, word for word. */
const EXACT_SAMPLE_CONFIDENCE = 0.95;
/** The confidence of words that fit a sample with slots, two or more of its words said. */
const SAMPLE_FIT_CONFIDENCE = 0.9;

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
/** A custom slot's unmatched words are read against a sample with at most this many of its words unsaid. */
const MAX_MISSING_SAMPLE_WORDS = 1;
const MAX_SLOT_WORDS = 8;
/** AMAZON.SearchQuery takes a phrase: up to this many words. */
const MAX_PHRASE_WORDS = 60;
const PHRASE_TYPE = 'AMAZON.SearchQuery';
const NONE = 'None';
const NONE_FEATURE = 'nonefeature';
/** How many of a custom type's values each slot sample is also trained with. */
const VALUES_PER_SLOT_SAMPLE = 3;

interface Stemming {
  normalize(text: string): string;
  tokenize(text: string): string[];
  stem(tokens: string[]): string[];
}

function stemmingFor(language: 'en' | 'es'): Stemming {
  const [normalizer, tokenizer, stemmer] =
    language === 'es' ? [new NormalizerEs(), new TokenizerEs(), new StemmerEs()] : [new NormalizerEn(), new TokenizerEn(), new StemmerEn()];
  return {
    normalize: (text) => normalizer.normalize(text),
    tokenize: (text) => tokenizer.tokenize(text, true),
    stem: (tokens) => stemmer.stem(tokens),
  };
}

/** The feature a filled slot of this type adds: "slot_breathing_technique". */
function slotFeature(type: string): string {
  return `slot_${type.toLowerCase().replace(/[^a-z]+/g, '_')}`;
}

function stemsOf(stemming: Stemming, words: readonly string[]): string[] {
  if (words.length === 0) return [];
  return stemming.stem(stemming.tokenize(stemming.normalize(words.join(' '))));
}

export class Nlu {
  private readonly invocationName: readonly string[];
  private readonly patterns: readonly Pattern[];
  private readonly slotTypes: ReadonlyMap<string, readonly TypeEntry[]>;
  private readonly declared: ReadonlySet<string>;
  private readonly intentsByName: ReadonlyMap<string, ModelIntent>;
  /** Intents made of one custom slot that holds the whole statement (see isCatchAll). */
  private readonly catchAll: ReadonlySet<string>;
  private readonly threshold: number;
  private readonly unknownWordWeight: number;
  private readonly network = new NeuralNetwork({ log: false });
  private readonly features = new Set<string>();
  private readonly featuresOfIntent = new Map<string, Set<string>>();
  private readonly trainedIntents: number;
  private readonly stemming: Stemming;
  /** Quantity words as the English parsers read them: Spanish ones are turned into English first. */
  private readonly quantities: (words: readonly string[]) => readonly string[];
  /** Words people wrap a command in (see commandFit). */
  private readonly commandFillers: ReadonlySet<string>;
  /** Each built-in intent's phrases without slots, as words: what commandFit splits words into. */
  private readonly commandPhrases: ReadonlyMap<string, ReadonlyArray<{ readonly pattern: Pattern; readonly words: readonly string[] }>>;
  /** The word a time follows: "at seven", "a las siete". */
  private readonly timeWords: ReadonlySet<string>;

  constructor(model: InteractionModel, options: NluOptions = {}) {
    const language = model.interactionModel.languageModel;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.unknownWordWeight = options.unknownWordWeight ?? DEFAULT_UNKNOWN_WORD_WEIGHT;
    this.stemming = stemmingFor(options.language ?? 'en');
    this.quantities = options.language === 'es' ? englishQuantityTokens : (words) => words;
    this.timeWords = new Set(options.language === 'es' ? ['las', 'la'] : ['at']);
    const builtIns = options.language === 'es' ? SPANISH_BUILT_IN_PHRASES : BUILT_IN_PHRASES;
    this.commandFillers = options.language === 'es' ? SPANISH_COMMAND_FILLERS : COMMAND_FILLERS;
    this.invocationName = utteranceTokens(language.invocationName);
    this.declared = new Set(language.intents.map((intent) => intent.name));
    this.intentsByName = new Map(language.intents.map((intent) => [intent.name, intent]));
    this.catchAll = new Set(language.intents.filter(isCatchAll).map((intent) => intent.name));
    this.slotTypes = new Map((language.types ?? []).map((type) => [type.name, typeEntries(type)]));
    this.patterns = language.intents.flatMap((intent) => {
      const samples = [...(intent.samples ?? []), ...(builtIns[intent.name] ?? [])];
      return samples.map((sample) => compileSample(intent, sample));
    });
    this.commandPhrases = commandPhrasesOf(this.patterns);
    this.trainedIntents = this.train();
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
    return (
      this.understand(tokens, false) ??
      this.phraseCarrier(tokens, false) ??
      this.statement(tokens, false) ??
      this.fallback(tokens, false) ?? { kind: 'none', invocation: false }
    );
  }

  /** The utterance as if said after "ask steady to …": a one-shot that opens a new session. */
  resolveAsOneShot(utterance: string): Resolution {
    return this.resolveOneShot(utteranceTokens(utterance));
  }

  /** The classifier's intents for an utterance, most likely first, with their confidence. */
  classify(utterance: string): Heard[] {
    return this.classifyTokens(utteranceTokens(utterance));
  }

  private resolveOneShot(tokens: readonly string[]): Resolution {
    // Without a fallback intent, Alexa opens the skill when it cannot understand the request.
    return (
      this.understand(tokens, true) ??
      this.phraseCarrier(tokens, true) ??
      this.statement(tokens, true) ??
      this.fallback(tokens, true) ?? { kind: 'launch', invocation: true }
    );
  }

  /**
   * Words the classifier is unsure of that open with a phrase slot's carrier ("i …", "my …"):
   * Alexa fills an AMAZON.SearchQuery slot with whatever follows its sample's carrier words, so
   * it sends that intent with the words rather than the fallback, which carries none. The sample
   * whose carrier says the most of the utterance's opening words wins.
   */
  private phraseCarrier(tokens: readonly string[], invocation: boolean): Resolution | undefined {
    return this.carried(tokens, invocation, (pattern, slot) => slot.type === PHRASE_TYPE && !this.catchAll.has(pattern.intent.name), 1);
  }

  /**
   * Words nothing else takes, when the model has a catch-all (an intent made of one custom slot,
   * alone or after a filler such as "so" or "okay"): on Alexa it takes what would otherwise fall
   * back, and its slot carries every word said after the filler, unresolved. Only that is modelled:
   * the classifier is not trained on it, so it never draws words another intent would take.
   */
  private statement(tokens: readonly string[], invocation: boolean): Resolution | undefined {
    const caught = this.carried(tokens, invocation, (pattern) => this.catchAll.has(pattern.intent.name), 0);
    if (caught?.kind !== 'intent') return caught;
    return { ...caught, heard: this.classifyTokens(tokens)[0] ?? { intent: undefined, confidence: 0 }, caughtAll: true };
  }

  /**
   * The intent of the sample ending in a slot (that `takes` accepts) whose carrier words open the
   * utterance, the longest carrier winning, with that slot holding the words after the carrier.
   */
  private carried(
    tokens: readonly string[],
    invocation: boolean,
    takes: (pattern: Pattern, slot: { readonly slot: string; readonly type: string }) => boolean,
    shortestCarrier: number,
  ): Resolution | undefined {
    let best: { pattern: Pattern; carrier: number } | undefined;
    for (const pattern of this.patterns) {
      const [last, ...before] = [...pattern.parts].reverse();
      if (!last || !('slot' in last) || !takes(pattern, last)) continue;
      const carrier = before.reverse();
      if (carrier.length < shortestCarrier || carrier.length >= tokens.length) continue;
      const said = carrier.every((part, i) => 'word' in part && sameWord(tokens[i] ?? '', part.word));
      if (said && (!best || carrier.length > best.carrier)) best = { pattern, carrier: carrier.length };
    }
    if (!best) return undefined;
    const phrase = tokens.slice(best.carrier, best.carrier + MAX_PHRASE_WORDS).join(' ');
    const last = best.pattern.parts[best.pattern.parts.length - 1] as { slot: string; type: string };
    const value: ResolvedSlot =
      last.type === PHRASE_TYPE ? { value: phrase, slotType: PHRASE_TYPE } : { value: phrase, resolved: false, slotType: last.type };
    const slots = this.slotsOf(best.pattern.intent, { [last.slot]: value });
    const heard: Heard = { intent: best.pattern.intent.name, confidence: this.threshold };
    return { kind: 'intent', name: best.pattern.intent.name, slots, invocation, sample: best.pattern.sample, heard };
  }

  private fallback(tokens: readonly string[], invocation: boolean): Resolution | undefined {
    if (!this.declared.has(FALLBACK_INTENT)) return undefined;
    const best = this.classifyTokens(tokens)[0];
    const heard: Heard = best ?? { intent: undefined, confidence: 0 };
    return { kind: 'intent', name: FALLBACK_INTENT, slots: {}, invocation, heard };
  }

  /**
   * The intent the classifier is confident of, with its slots; undefined to fall back. Words that
   * say one of an intent's samples exactly (or fit a sample with at least two of its words and
   * its slots) are near-certain for that intent, as a sample is for Alexa: such a fit raises the
   * intent's confidence to SAMPLE_FIT_CONFIDENCE, and an exact sample to EXACT_SAMPLE_CONFIDENCE.
   */
  private understand(tokens: readonly string[], invocation: boolean): Resolution | undefined {
    if (tokens.length === 0) return undefined;
    const candidates = this.candidates(tokens);
    let passedOver = 0;
    for (const candidate of candidates) {
      // A built-in passed over leaves its share of the confidence to the intents after it.
      const confidence = candidate.fit ? candidate.confidence : candidate.confidence / Math.max(1e-9, 1 - passedOver);
      const heard: Heard = { intent: candidate.intent, confidence: Math.min(1, confidence) };
      if (heard.intent === undefined || heard.confidence < this.threshold) return undefined;
      const intent = this.intentsByName.get(heard.intent);
      if (!intent) continue;
      const fit = candidate.fit ?? this.bestFit(tokens, intent.name);
      // Alexa sends a built-in intent only for a phrase it knows (a sample or its own training).
      if (intent.name.startsWith('AMAZON.') && !fit) {
        passedOver += candidate.confidence;
        continue;
      }
      const slots = fit ? this.slotsOf(intent, fit.slots) : this.slotsOf(intent, this.findSlots(intent, tokens));
      return { kind: 'intent', name: intent.name, slots, invocation, ...(fit ? { sample: fit.pattern.sample } : {}), heard };
    }
    return undefined;
  }

  /**
   * The words as one of a built-in intent's own phrases (its samples, or Amazon's for it) with
   * courtesies and fillers around or between them: "para por favor", "órale, ya estuvo", "stop
   * please". Alexa trains its built-in intents on far more than a skill lists and hears a command
   * through the words people wrap it in, so these count as the phrase said; a word that is
   * neither a phrase nor a filler (what was done, what is felt) keeps the words out.
   */
  private commandFit(tokens: readonly string[], intentName: string): Fit | undefined {
    const phrases = this.commandPhrases.get(intentName);
    if (!phrases) return undefined;
    // said[i]: the first phrase of a split of tokens[0…i) into phrases and fillers (null: fillers only; undefined: no split).
    const said = new Array<Pattern | null | undefined>(tokens.length + 1).fill(undefined);
    said[0] = null;
    for (let i = 0; i < tokens.length; i++) {
      const before = said[i];
      if (before === undefined) continue;
      if (isCommandFiller(this.commandFillers, tokens, i) && !said[i + 1]) said[i + 1] = before;
      for (const { pattern, words } of phrases) {
        if (!said[i + words.length] && sameWords(tokens.slice(i, i + words.length), words)) said[i + words.length] = before ?? pattern;
      }
    }
    const first = said[tokens.length];
    return first ? { pattern: first, slots: {} } : undefined;
  }

  /** The classifier's intents, raised where the words fit a sample, most likely first. */
  private candidates(tokens: readonly string[]): Array<Heard & { fit?: Fit; exact?: boolean }> {
    const classified = this.classifyTokens(tokens);
    const byIntent = new Map<string | undefined, Heard & { fit?: Fit; exact?: boolean }>(classified.map((heard) => [heard.intent, heard]));
    for (const intent of this.intentsByName.keys()) {
      if (this.catchAll.has(intent)) continue;
      const fit = this.bestFit(tokens, intent) ?? this.commandFit(tokens, intent);
      if (!fit) continue;
      const exact = Object.keys(fit.slots).length === 0;
      const strong = exact || (fit.pattern.literalWords >= 2 && Object.values(fit.slots).every((slot) => slot.resolved !== false));
      if (!strong) continue;
      const floor = exact ? EXACT_SAMPLE_CONFIDENCE : SAMPLE_FIT_CONFIDENCE;
      const heard = byIntent.get(intent);
      byIntent.set(intent, { intent, confidence: Math.max(floor, heard?.confidence ?? 0), fit, exact });
    }
    // A sample said word for word is the intent it was written for, as a trained model hears its own
    // training: it goes first whatever the classifier leans to (no sample is in two intents).
    return [...byIntent.values()].sort((a, b) => Number(b.exact ?? false) - Number(a.exact ?? false) || b.confidence - a.confidence);
  }

  private slotsOf(intent: ModelIntent, filled: Readonly<Record<string, ResolvedSlot>>): Record<string, ResolvedSlot | undefined> {
    const slots: Record<string, ResolvedSlot | undefined> = {};
    for (const slot of intent.slots ?? []) slots[slot.name] = filled[slot.name];
    return slots;
  }

  // ---- the classifier -------------------------------------------------------------------------

  /** Trains on every sample; returns how many intents it learnt. */
  private train(): number {
    const rows: TrainingRow[] = [];
    for (const pattern of this.patterns) {
      if (pattern.intent.name === FALLBACK_INTENT || this.catchAll.has(pattern.intent.name)) continue;
      for (const words of this.trainingTexts(pattern)) {
        const input: Features = {};
        for (const stem of stemsOf(this.stemming, words.words)) input[stem] = 1;
        for (const type of words.slotTypes) input[slotFeature(type)] = 1;
        if (Object.keys(input).length === 0) continue;
        rows.push({ input, output: { [pattern.intent.name]: 1 } });
        const known = this.featuresOfIntent.get(pattern.intent.name) ?? new Set<string>();
        for (const feature of Object.keys(input)) {
          this.features.add(feature);
          known.add(feature);
        }
        this.featuresOfIntent.set(pattern.intent.name, known);
      }
    }
    // nlp.js's "None" feature: what the model never saw pulls towards no intent at all.
    rows.push({ input: { [NONE_FEATURE]: 1 }, output: { [NONE]: 1 } });
    this.network.train(rows);
    return this.featuresOfIntent.size;
  }

  /** A sample's words as trained: with its slots as features, and once with a few real values. */
  private trainingTexts(pattern: Pattern): Array<{ words: string[]; slotTypes: string[] }> {
    const literal = pattern.parts.flatMap((part) => ('word' in part ? [part.word] : []));
    const slotTypes = pattern.parts.flatMap((part) => ('slot' in part && part.type !== PHRASE_TYPE ? [part.type] : []));
    const texts = [{ words: literal, slotTypes }];
    for (let n = 0; n < VALUES_PER_SLOT_SAMPLE; n++) {
      let any = false;
      const words = pattern.parts.flatMap((part) => {
        if ('word' in part) return [part.word];
        const entries = this.slotTypes.get(part.type);
        if (!entries || entries.length === 0) return [];
        any = true;
        const entry = entries[Math.floor((n * entries.length) / VALUES_PER_SLOT_SAMPLE)] ?? entries[0]!;
        return [...entry.words];
      });
      if (any) texts.push({ words, slotTypes });
    }
    return texts;
  }

  private classifyTokens(tokens: readonly string[]): Heard[] {
    if (tokens.length === 0 || this.trainedIntents === 0) return [];
    const input: Features = {};
    let unknown = 0;
    for (const stem of stemsOf(this.stemming, tokens)) {
      if (this.features.has(stem)) input[stem] = 1;
      else unknown += 1;
    }
    for (const type of this.typesMentioned(tokens)) if (this.features.has(slotFeature(type))) input[slotFeature(type)] = 1;
    // As nlp.js: each unseen word adds a little more weight to "None".
    let delta = (this.unknownWordWeight * this.trainedIntents) / Math.max(1, this.features.size);
    let none = 0;
    for (let i = 0; i < unknown; i++) {
      none += delta;
      delta *= 1.2;
    }
    if (none > 0) input[NONE_FEATURE] = none;
    const scores = this.network.run(input) ?? {};
    const present = Object.keys(input);
    const raw = Object.entries(scores).map(([intent, score]) => {
      // An intent none of whose words were said is not a candidate (nlp.js's filterNonActivated).
      const known = this.featuresOfIntent.get(intent);
      const activated = intent === NONE || (known !== undefined && present.some((feature) => known.has(feature)));
      return { intent, score: activated ? score : 0 };
    });
    const total = raw.reduce((sum, { score }) => sum + score * score, 0);
    if (total === 0) return [];
    return raw
      .map(({ intent, score }) => ({ intent: intent === NONE ? undefined : intent, confidence: (score * score) / total }))
      .filter((heard) => heard.confidence > 0)
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** The slot types whose values the words contain: the slot features the classifier sees. */
  private typesMentioned(tokens: readonly string[]): Set<string> {
    const types = new Set<string>();
    for (const [type, entries] of this.slotTypes) {
      if (entries.some((entry) => findSpan(tokens, entry.words) !== undefined)) types.add(type);
    }
    for (let start = 0; start < tokens.length; start++) {
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_SLOT_WORDS); end++) {
        const span = tokens.slice(start, end);
        const quantity = this.quantities(span);
        if (parseDuration(quantity) !== undefined) types.add('AMAZON.DURATION');
        else if (end === start + 1 && parseNumber(quantity) !== undefined) types.add('AMAZON.NUMBER');
        if (this.timeWords.has(tokens[start - 1] ?? '') && parseTime(quantity) !== undefined) types.add('AMAZON.TIME');
      }
    }
    return types;
  }

  // ---- slots ----------------------------------------------------------------------------------

  /** The chosen intent's sample the utterance aligns with best, if any. */
  private bestFit(tokens: readonly string[], intentName: string): Fit | undefined {
    let best: { fit: Fit; score: readonly number[] } | undefined;
    for (const pattern of this.patterns) {
      if (pattern.intent.name !== intentName) continue;
      for (const fit of this.fits(pattern, tokens)) {
        const score = scoreOf(fit);
        if (!best || isBetter(score, best.score)) best = { fit, score };
      }
    }
    return best?.fit;
  }

  /**
   * Slots found in words no sample aligns with: each declared slot takes the longest value of
   * its type found in the utterance (a phrase slot takes the words after the intent's carrier).
   */
  private findSlots(intent: ModelIntent, tokens: readonly string[]): Record<string, ResolvedSlot> {
    const filled: Record<string, ResolvedSlot> = {};
    const used = new Set<number>();
    for (const slot of intent.slots ?? []) {
      if (slot.type === PHRASE_TYPE) {
        const phrase = this.phraseAfterCarrier(intent, tokens);
        if (phrase.length > 0) filled[slot.name] = { value: phrase.join(' '), slotType: slot.type };
        continue;
      }
      // As Alexa: a custom slot whose words match none of its values still carries them, unresolved.
      const found = this.longestValue(slot.type, tokens, used) ?? this.spokenSpan(intent, slot, tokens, used);
      if (found) {
        for (let i = found.start; i < found.end; i++) used.add(i);
        filled[slot.name] = found.value;
      }
    }
    return filled;
  }

  /**
   * The words said where one of the intent's samples has this slot, when they match none of its
   * values: Alexa fills a custom slot with the spoken words even then (ER_SUCCESS_NO_MATCH, no
   * id). The utterance is aligned with each sample that names the slot: every word said is one of
   * the sample's, in order, or inside a slot, and at most one of the sample's words may be
   * missing ("i keep thinking {…}" for "i keep thinking about {…}"). The sample aligning the most
   * of its words wins, and the slot takes the words between them. Words that are all the
   * intent's own carrier words are not a value (Alexa learns those as the carrier). Undefined
   * when no sample aligns so.
   */
  private spokenSpan(
    intent: ModelIntent,
    slot: { readonly name: string; readonly type: string },
    tokens: readonly string[],
    used: ReadonlySet<number>,
  ): { start: number; end: number; value: ResolvedSlot } | undefined {
    if (!this.slotTypes.has(slot.type)) return undefined;
    let best: { start: number; end: number; aligned: number } | undefined;
    for (const pattern of this.patterns) {
      if (pattern.intent.name !== intent.name || pattern.literalWords === 0) continue;
      const span = alignSlot(pattern.parts, slot.name, tokens, (type, words) => this.slotValue(type, words, true) !== undefined);
      if (!span || span.aligned < pattern.literalWords - MAX_MISSING_SAMPLE_WORDS) continue;
      if (span.end - span.start > MAX_PHRASE_WORDS) continue;
      // Words all of which the intent's samples say as carrier ("some breathing with me") are not a value.
      if (this.isCarrierText(intent.name, tokens.slice(span.start, span.end))) continue;
      if (Array.from({ length: span.end - span.start }, (_, i) => span.start + i).some((i) => used.has(i))) continue;
      if (!best || span.aligned > best.aligned || (span.aligned === best.aligned && span.end - span.start < best.end - best.start))
        best = span;
    }
    if (!best) return undefined;
    const value: ResolvedSlot = { value: tokens.slice(best.start, best.end).join(' '), resolved: false, slotType: slot.type };
    return { start: best.start, end: best.end, value };
  }

  private longestValue(
    type: string,
    tokens: readonly string[],
    used: ReadonlySet<number>,
  ): { start: number; end: number; value: ResolvedSlot } | undefined {
    for (let length = Math.min(MAX_SLOT_WORDS, tokens.length); length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) {
        if (Array.from({ length }, (_, i) => start + i).some((i) => used.has(i))) continue;
        const value = this.slotValue(type, tokens.slice(start, start + length), true);
        if (value) return { start, end: start + length, value };
      }
    }
    return undefined;
  }

  /** Whether every one of these words is one the intent's samples say outside their slots. */
  private isCarrierText(intentName: string, words: readonly string[]): boolean {
    const carrier = this.patterns.flatMap((pattern) =>
      pattern.intent.name === intentName ? pattern.parts.flatMap((part) => ('word' in part ? [part.word] : [])) : [],
    );
    return words.every((word) => carrier.some((known) => sameWord(word, known)));
  }

  /** The words after the longest run of the intent's carrier words that opens the utterance. */
  private phraseAfterCarrier(intent: ModelIntent, tokens: readonly string[]): string[] {
    let carrier = 0;
    for (const pattern of this.patterns) {
      if (pattern.intent.name !== intent.name) continue;
      let n = 0;
      for (const part of pattern.parts) {
        if (!('word' in part) || !sameWord(tokens[n] ?? '', part.word)) break;
        n += 1;
      }
      carrier = Math.max(carrier, Math.min(n, tokens.length - 1));
    }
    return tokens.slice(carrier, carrier + MAX_PHRASE_WORDS);
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
    const widest = part.type === PHRASE_TYPE ? MAX_PHRASE_WORDS : MAX_SLOT_WORDS;
    const longest = Math.min(widest, tokens.length - tokenIndex - partsAfter);
    for (let length = 1; length <= longest; length++) {
      const value = this.slotValue(part.type, tokens.slice(tokenIndex, tokenIndex + length), false);
      if (value) yield* this.fitFrom(parts, tokens, partIndex + 1, tokenIndex + length, { ...slots, [part.slot]: value });
    }
  }

  /**
   * The slot as Alexa would fill it from these words, or undefined when the type rejects them.
   * `resolvedOnly` keeps only values of the type's own list (when searching free words).
   */
  private slotValue(type: string, words: readonly string[], resolvedOnly: boolean): ResolvedSlot | undefined {
    const spoken = words.join(' ');
    if (type === 'AMAZON.NUMBER') {
      const n = parseNumber(this.quantities(words));
      return n === undefined || !Number.isInteger(n) ? undefined : { value: String(n), slotType: type };
    }
    if (type === 'AMAZON.DURATION') {
      const iso = parseDuration(this.quantities(words));
      return iso === undefined ? undefined : { value: iso, slotType: type };
    }
    if (type === 'AMAZON.TIME') {
      const time = parseTime(this.quantities(words));
      return time === undefined ? undefined : { value: time, slotType: type };
    }
    const entries = this.slotTypes.get(type);
    if (!entries) return resolvedOnly ? undefined : { value: spoken, slotType: type };
    const match = entries.find((entry) => sameWords(entry.words, words));
    if (match) return { value: spoken, id: match.id, canonical: match.canonical, resolved: true, slotType: type };
    if (resolvedOnly) return undefined;
    return words.length <= MAX_UNRESOLVED_SLOT_WORDS ? { value: spoken, resolved: false, slotType: type } : undefined;
  }
}

/**
 * Aligns a sample's parts with all the words, in order: a sample word may be missing, every word
 * said is either one of the sample's words or inside a slot, the named slot takes at least one,
 * and any other slot is left empty or takes a value of its own type. Returns the named slot's
 * words, [start, end), in the alignment that says the most sample words, widest slot first;
 * undefined when the sample has no such slot or nothing aligns.
 */
function alignSlot(
  parts: readonly Part[],
  slotName: string,
  tokens: readonly string[],
  accepts: (type: string, words: readonly string[]) => boolean,
): { start: number; end: number; aligned: number } | undefined {
  if (!parts.some((part) => 'slot' in part && part.slot === slotName)) return undefined;
  type Cell = { aligned: number; width: number; span?: { start: number; end: number } } | undefined;
  // best[i][j]: the best alignment of parts[i…] with tokens[j…].
  const best: Cell[][] = Array.from({ length: parts.length + 1 }, () => new Array<Cell>(tokens.length + 1).fill(undefined));
  const better = (a: Cell, b: Cell): boolean =>
    a !== undefined && (b === undefined || a.aligned > b.aligned || (a.aligned === b.aligned && a.width > b.width));
  best[parts.length]![tokens.length] = { aligned: 0, width: 0 };
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    for (let j = tokens.length; j >= 0; j--) {
      let cell: Cell;
      const offer = (candidate: Cell): void => {
        if (better(candidate, cell)) cell = candidate;
      };
      if ('word' in part) {
        offer(best[i + 1]![j]); // the sample word is not said
        const matched = j < tokens.length && sameWord(tokens[j]!, part.word) ? best[i + 1]![j + 1] : undefined;
        if (matched) offer({ ...matched, aligned: matched.aligned + 1 });
      } else {
        const target = part.slot === slotName;
        for (let end = target ? j + 1 : j; end <= tokens.length; end++) {
          const next = best[i + 1]![end];
          if (!next) continue;
          if (target) offer({ aligned: next.aligned, width: next.width + (end - j), span: { start: j, end } });
          else if (end === j || accepts(part.type, tokens.slice(j, end))) offer(next); // another slot: empty, or a value of its type
        }
      }
      best[i]![j] = cell;
    }
  }
  const whole = best[0]![0];
  if (!whole?.span || whole.aligned === 0) return undefined;
  return { ...whole.span, aligned: whole.aligned };
}

function findSpan(tokens: readonly string[], words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  for (let start = 0; start + words.length <= tokens.length; start++) {
    if (sameWords(tokens.slice(start, start + words.length), words)) return start;
  }
  return undefined;
}

function typeEntries(type: ModelSlotType): TypeEntry[] {
  return (type.values ?? []).flatMap((value) => {
    const canonical = value.name.value;
    const id = value.id ?? canonical;
    return [canonical, ...(value.name.synonyms ?? [])].map((said) => ({ words: utteranceTokens(said), id, canonical }));
  });
}

/**
 * A catch-all: every sample is the same custom slot, alone or after filler words, and one sample
 * is the slot alone. Built-in and phrase slot types do not count.
 */
function isCatchAll(intent: ModelIntent): boolean {
  const samples = intent.samples ?? [];
  const slots = intent.slots ?? [];
  if (samples.length === 0 || slots.length !== 1) return false;
  const [slot] = slots;
  if (!slot || slot.type.startsWith('AMAZON.')) return false;
  const reference = `{${slot.name}}`;
  return samples.includes(reference) && samples.every((sample) => sample.endsWith(reference) && sample.split('{').length === 2);
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

/** The built-in intents' phrases without slots, with their words, by intent. */
function commandPhrasesOf(patterns: readonly Pattern[]): Map<string, Array<{ pattern: Pattern; words: string[] }>> {
  const byIntent = new Map<string, Array<{ pattern: Pattern; words: string[] }>>();
  for (const pattern of patterns) {
    if (!pattern.intent.name.startsWith('AMAZON.')) continue;
    const words = pattern.parts.flatMap((part) => ('word' in part ? [part.word] : []));
    if (words.length !== pattern.parts.length) continue;
    byIntent.set(pattern.intent.name, [...(byIntent.get(pattern.intent.name) ?? []), { pattern, words }]);
  }
  return byIntent;
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
