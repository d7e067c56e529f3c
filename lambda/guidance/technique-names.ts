import type { Words } from '../content/words';

/** The spoken name of a technique id (its name in the words); an unknown id is spoken as its words. */
export function techniqueName(words: Words, id: string): string {
  const names = words.sessions.techniqueNames;
  return Object.hasOwn(names, id) ? names[id]! : id.replace(/[-_]+/g, ' ').trim();
}

/** A spoken name at the start of a sentence: "Box breathing is…". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
