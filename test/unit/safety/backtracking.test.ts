/**
 * A grader that backtracks for minutes on one odd sentence answers nobody, a person in crisis
 * included. Each safety phrase is fed the longest text the grader reads (2,000 characters) built
 * from its own words, over and over: the shape that makes a careless pattern backtrack without
 * end. Each match runs under a V8 time limit that interrupts it (node:vm), so such a pattern fails
 * here by name instead of hanging the suite; the limit is seconds where a sound pattern needs
 * well under a millisecond.
 */
import { runInNewContext } from 'node:vm';
import { gradeText } from '../../../lambda/safety/grade';
import { ENGLISH_SAFETY } from '../../../lambda/content/en/heard/safety';
import { SPANISH_SAFETY } from '../../../lambda/content/es/heard/safety';
import { MAX_READ_CHARACTERS } from '../../../lambda/understanding/normalise';

const PATTERNS: readonly RegExp[] = [ENGLISH_SAFETY, SPANISH_SAFETY].flatMap((phrases) => [
  ...phrases.danger,
  ...phrases.crisis,
  ...phrases.idioms,
  ...phrases.together.flatMap((rule) => [...rule.all, ...(rule.unless ? [rule.unless] : [])]),
  phrases.warningWords,
]);

/** The words a pattern is written with: its literal runs of letters, escapes left out. */
const wordsOf = (pattern: RegExp): string[] => [...new Set(pattern.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{2,}/g) ?? [])];

function repeatedUpTo(words: readonly string[], limit: number): string {
  let text = '';
  for (let i = 0; text.length < limit; i++) text += `${words[i % words.length]} `;
  return text.slice(0, limit);
}

describe('the safety phrases on text built to make them backtrack', () => {
  it.each(PATTERNS.map((pattern) => [pattern.source.slice(0, 60), pattern] as const))(
    '%s… grades without getting stuck',
    (_name, pattern) => {
      const words = wordsOf(pattern);
      // Each word twice in a row, then the words in order: no ending is needed to complete a match.
      const doubled = repeatedUpTo(
        words.flatMap((word) => [word, word]),
        MAX_READ_CHARACTERS,
      );
      const ordered = repeatedUpTo(words, MAX_READ_CHARACTERS);
      for (const text of [doubled, ordered, `took ${'twenty '.repeat(300)}zzz`]) {
        expect(() => runInNewContext('pattern.test(text)', { pattern, text }, { timeout: 2000 })).not.toThrow();
      }
      expect(['danger', 'crisis', 'none']).toContain(gradeText(ordered));
    },
  );
});
