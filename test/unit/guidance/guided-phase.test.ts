import { phaseLine, phaseWithLines, spokenPhase } from '../../../lambda/guidance/guided-phase';
import { PacingError } from '../../../lambda/guidance/paced';
import { say, type Timeline } from '../../../lambda/timeline';
import { GUIDE_VOICE } from '../../../lambda/guidance/voices';
import { estimateSpeechMs } from '../../../lambda/speech/estimate';
import { spokenMs } from '../../../lambda/speech/timing';

const timeline = (segments: Timeline['segments']): Timeline => ({ practice: 'test', segments, plannedMinutes: 0 });

describe('phaseWithLines', () => {
  const mark = { phase: 'release', phaseMs: 20_000, index: 1 };

  it('says each line after the silence before it and fills the rest of the phase with quiet', () => {
    const segments = phaseWithLines(mark, [
      phaseLine(say('And release.', GUIDE_VOICE), 4000),
      phaseLine(say('Let it go loose and heavy.', GUIDE_VOICE), 4000),
    ]);
    expect(segments.map((s) => s.kind)).toEqual(['say', 'pause', 'say', 'pause']);
    expect(segments[0]).toMatchObject({ kind: 'say', text: 'And release.', mark });
    expect(segments[1]).toEqual({ kind: 'pause', ms: 4000 });
    expect(segments[2]).not.toHaveProperty('mark');
    expect(spokenMs(timeline(segments))).toBe(20_000);
  });

  it('refuses lines that would not leave the phase any quiet at its end', () => {
    const long = phaseLine(say('Notice the difference between tension and ease.', GUIDE_VOICE), 9000);
    expect(() => phaseWithLines({ ...mark, phaseMs: 12_000 }, [long, long])).toThrow(PacingError);
  });

  it('keeps a phase without words as one marked silence', () => {
    expect(phaseWithLines(mark, [])).toEqual([{ kind: 'pause', ms: 20_000, mark }]);
  });
});

describe('spokenPhase', () => {
  it('marks guidance as a phase of its own words and the quiet after them', () => {
    const text = 'Now scan your body, from your feet up to your head.';
    const segments = spokenPhase('body-check', 0, GUIDE_VOICE, text, 5000);
    const spoken = estimateSpeechMs(text, GUIDE_VOICE.ratePercent);
    expect(segments).toEqual([
      { kind: 'say', text, voice: GUIDE_VOICE, ms: spoken, mark: { phase: 'body-check', phaseMs: spoken + 5000, index: 0 } },
      { kind: 'pause', ms: 5000 },
    ]);
  });
});
