/** The parts of nlp.js (@nlpjs/neural, @nlpjs/lang-en-min, @nlpjs/lang-es) the local runner's classifier uses. */
declare module '@nlpjs/neural' {
  export type Features = Record<string, number>;
  export interface TrainingRow {
    input: Features;
    output: Record<string, number>;
  }
  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    train(corpus: TrainingRow[]): { error: number; iterations: number };
    run(input: Features): Record<string, number> | undefined;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class NormalizerEn {
    normalize(text: string): string;
  }
  export class TokenizerEn {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerEn {
    stem(tokens: string[]): string[];
  }
}

declare module '@nlpjs/lang-es' {
  export class NormalizerEs {
    normalize(text: string): string;
  }
  export class TokenizerEs {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerEs {
    stem(tokens: string[]): string[];
  }
}
