import { captureStdoutLogs } from '../../../tools/lib/log-capture';
import { describeResolution, directiveTypes, wrap } from '../../../tools/lib/turn-view';

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
});

describe('directiveTypes', () => {
  it('lists directive types', () => {
    expect(directiveTypes({ version: '1.0', response: { directives: [{ type: 'Alexa.Presentation.APL.RenderDocument' } as never] } })).toEqual([
      'Alexa.Presentation.APL.RenderDocument',
    ]);
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
