import { captureStdoutLogs, describeResolution, directiveTypes, wrap } from '../../../../tools/simulator';

describe('describeResolution', () => {
  it('names the request and the filled slots', () => {
    expect(describeResolution({ kind: 'launch', invocation: true })).toBe('LaunchRequest');
    expect(
      describeResolution({
        kind: 'intent',
        name: 'BreatheIntent',
        invocation: true,
        slots: {
          technique: { value: 'square breathing', id: 'box', resolved: true, slotType: 'BREATHING_TECHNIQUE' },
          duration: { value: 'PT3M', slotType: 'AMAZON.DURATION' },
          breaths: undefined,
          mood: { value: 'wobbly', resolved: false, slotType: 'MOOD' },
        },
      }),
    ).toBe('BreatheIntent technique="square breathing"→box duration="PT3M" mood="wobbly" (no match)');
  });

  it('prints the confidence the classifier heard the intent with', () => {
    expect(
      describeResolution({
        kind: 'intent',
        name: 'StreakIntent',
        invocation: false,
        slots: {},
        heard: { intent: 'StreakIntent', confidence: 0.934 },
      }),
    ).toBe('StreakIntent (confidence 0.93)');
  });

  it('says when it fell back, and what it would have guessed', () => {
    const fallback = { kind: 'intent', name: 'AMAZON.FallbackIntent', invocation: false, slots: {} } as const;
    expect(describeResolution({ ...fallback, heard: { intent: 'AMAZON.HelpIntent', confidence: 0.41 } })).toBe(
      'AMAZON.FallbackIntent (fell back: best guess AMAZON.HelpIntent at 0.41)',
    );
    expect(describeResolution({ ...fallback, heard: { intent: undefined, confidence: 0 } })).toBe(
      'AMAZON.FallbackIntent (fell back: no intent fits these words)',
    );
  });
});

describe('directiveTypes', () => {
  it('lists directive types', () => {
    expect(
      directiveTypes({ version: '1.0', response: { directives: [{ type: 'Alexa.Presentation.APL.RenderDocument' } as never] } }),
    ).toEqual(['Alexa.Presentation.APL.RenderDocument']);
  });
});

describe('wrap', () => {
  it('wraps at the width with an indent', () => {
    expect(wrap('one two three four five', 12, '  ')).toBe('  one two\n  three four\n  five');
  });
});

describe('captureStdoutLogs', () => {
  it('takes stdout lines aside while the work runs', async () => {
    const { result, logs } = await captureStdoutLogs(async () => {
      process.stdout.write('{"level":"info","message":"a"}\n{"level":"error"}\n');
      return 42;
    });
    expect(result).toBe(42);
    expect(logs).toEqual(['{"level":"info","message":"a"}', '{"level":"error"}']);
  });
});
