/** How each practice is named in speech. The one place these names live. */
export const TECHNIQUE_NAMES: Readonly<Record<string, string>> = {
  calm: 'calm breathing',
  box: 'box breathing',
  '478': 'four seven eight breathing',
  resonance: 'resonance breathing',
  sigh: 'the cyclic sigh',
  belly: 'belly breathing',
  pmr: 'muscle relaxation',
  grounding: 'grounding',
  bedtime: 'the bedtime wind-down',
};

/** The spoken name of a technique id; an unknown id is spoken as its words. */
export function techniqueName(id: string): string {
  return Object.hasOwn(TECHNIQUE_NAMES, id) ? TECHNIQUE_NAMES[id]! : id.replace(/[-_]+/g, ' ').trim();
}

/** A spoken name at the start of a sentence: "Box breathing is…". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
