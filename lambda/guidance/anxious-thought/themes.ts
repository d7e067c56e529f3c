/**
 * An anxious thought, by the guide's themes of attachment worry. Each theme names the feeling
 * without asking the person to say the thought, and offers several balanced reframes and small
 * kind actions, so the session changes from day to day. The words are the content's
 * (`Words['anxiousThought']`: `general`, and `themes` by these ids).
 */

export const ANXIOUS_THEMES = ['left', 'rejection', 'waiting', 'disagreement', 'not-enough'] as const;
export type AnxiousTheme = (typeof ANXIOUS_THEMES)[number];

export function isAnxiousTheme(value: unknown): value is AnxiousTheme {
  return typeof value === 'string' && (ANXIOUS_THEMES as readonly string[]).includes(value);
}

export interface ThemeContent {
  /** Acknowledges the feeling and gives it a name. */
  readonly acknowledge: string;
  readonly reframes: readonly string[];
  readonly actions: readonly string[];
}
