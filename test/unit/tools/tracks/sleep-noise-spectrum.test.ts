/**
 * Sleep sounds must carry on a small speaker: an Echo Dot plays little below about 200 Hz, so
 * noise whose energy lies mostly in the rumble sounds thin and quiet there. The sleep track's
 * noise is measured by its spectrum, band by band.
 */
import FFT from 'fft.js';
import { sleepNoisePlan } from '../../../../lambda/guidance/tracks/track-sessions';
import { SAMPLE_RATE } from '../../../../tools/tracks/pcm';
import { noise, type NoiseColour } from '../../../../tools/tracks/sounds';

const WINDOW = 4096;

/** The share of the signal's energy below 200 Hz, from 200 Hz to 2 kHz, and above. */
function bandShares(samples: Float32Array): { low: number; small: number; high: number } {
  const fft = new FFT(WINDOW);
  const spectrum = fft.createComplexArray();
  const bands = { low: 0, small: 0, high: 0 };
  for (let start = 0; start + WINDOW <= samples.length; start += WINDOW) {
    fft.realTransform(spectrum, Array.from(samples.subarray(start, start + WINDOW)));
    for (let k = 1; k < WINDOW / 2; k++) {
      const hz = (k * SAMPLE_RATE) / WINDOW;
      const power = (spectrum[2 * k] ?? 0) ** 2 + (spectrum[2 * k + 1] ?? 0) ** 2;
      if (hz < 200) bands.low += power;
      else if (hz <= 2000) bands.small += power;
      else bands.high += power;
    }
  }
  const total = bands.low + bands.small + bands.high;
  return { low: bands.low / total, small: bands.small / total, high: bands.high / total };
}

/** Twenty seconds of the sleep track's noise at full level, past its fade-in. */
function sleepNoise(colour: NoiseColour = sleepNoisePlan(30).colour): Float32Array {
  return noise({ ...sleepNoisePlan(30), colour, ms: 20_000, fadeInMs: 0, fadeOutMs: 0 });
}

describe("the sleep track's noise", () => {
  it('puts most of its energy between 200 Hz and 2 kHz, where a small speaker plays', () => {
    const shares = bandShares(sleepNoise());
    expect(shares.small).toBeGreaterThan(0.55);
    expect(shares.low).toBeLessThan(0.25);
  });

  it('keeps its hiss down: less energy above 2 kHz than pink noise has', () => {
    expect(bandShares(sleepNoise()).high).toBeLessThan(bandShares(sleepNoise('pink')).high);
  });

  it('is about as loud as pink noise, by RMS', () => {
    const rms = (x: Float32Array) => Math.sqrt(x.reduce((sum, v) => sum + v * v, 0) / x.length);
    expect(rms(sleepNoise()) / rms(sleepNoise('pink'))).toBeCloseTo(1, 1);
  });

  it('differs from brown noise, whose rumble a small speaker barely sounds', () => {
    expect(bandShares(sleepNoise('brown')).low).toBeGreaterThan(0.7);
  });
});
