/** The parts of an ASK interaction model (`interactionModel.languageModel`) the tools read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ModelSlot {
  readonly name: string;
  readonly type: string;
  readonly samples?: readonly string[];
}

export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

export interface ModelSlotTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface ModelSlotType {
  readonly name: string;
  readonly values?: readonly ModelSlotTypeValue[];
}

export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
  readonly types?: readonly ModelSlotType[];
}

export interface InteractionModel {
  readonly interactionModel: { readonly languageModel: LanguageModel };
}

export const INTERACTION_MODELS_DIR = join(__dirname, '..', '..', 'interaction-models');

export function loadInteractionModel(locale = 'en-US', dir = INTERACTION_MODELS_DIR): InteractionModel {
  const file = join(dir, `${locale}.json`);
  const model = JSON.parse(readFileSync(file, 'utf8')) as InteractionModel;
  if (!model.interactionModel?.languageModel?.invocationName) {
    throw new Error(`${file} is not an interaction model (no interactionModel.languageModel.invocationName)`);
  }
  return model;
}
