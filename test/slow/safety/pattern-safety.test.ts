/**
 * A grader that backtracks for minutes on one odd sentence answers nobody, a person in crisis
 * included. Every safety phrase is checked by recheck (a ReDoS checker): none may take
 * exponential time. Second-degree ones (a `.*` between two words) stay within milliseconds on the
 * 2,000 characters the grader reads at most.
 */
import { checkSync } from 'recheck';
import { ENGLISH_SAFETY } from '../../../lambda/safety/phrases/en';
import { gradeText } from '../../../lambda/safety/grade';

const PHRASES = { en: ENGLISH_SAFETY };

describe('the safety phrases', () => {
  it('hold no pattern that takes exponential time', () => {
    const exponential: string[] = [];
    const undecided: string[] = [];
    for (const [language, phrases] of Object.entries(PHRASES)) {
      for (const [kind, patterns] of Object.entries(phrases) as Array<[string, readonly RegExp[]]>) {
        for (const pattern of patterns) {
          const result = checkSync(pattern.source, pattern.flags, { timeout: 3000 });
          if (result.status === 'vulnerable' && result.complexity.type === 'exponential')
            exponential.push(`${language} ${kind}: ${pattern.source}`);
          if (result.status === 'unknown') undecided.push(`${language} ${kind}: ${pattern.source.slice(0, 80)}`);
        }
      }
    }
    if (undecided.length > 0) console.log(`recheck could not decide ${undecided.length} patterns:\n  ${undecided.join('\n  ')}`);
    expect(exponential).toEqual([]);
  });

  it('grade a long run of words that each fit several ways (the shape that backtracked) as none', () => {
    // "took twenty twenty … " once took seconds: each "twenty" fitted two alternatives of a repeated group.
    expect(gradeText(`took ${'twenty '.repeat(300)}zzz`)).toBe('none');
    expect(gradeText(`i took ${'like a bunch of '.repeat(100)}pills`)).toBe('none');
  });
});
