/**
 * A playback token comes back from the device, so only a token Steady issued to this user
 * counts: a genuine one counts its play once; one made up, edited, sealed with another key, or
 * copied from another user counts nothing and plays nothing. Real envelopes, the real handler.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ContainerMemory } from '../../lambda/container-memory';
import { Intents } from '../../lambda/intents';
import { encodeToken, newPlayId } from '../../lambda/playback/playback';
import { sealerWith } from '../../lambda/seal';
import { TEST_SKILL_ID, TEST_USER_ID, type EnvelopeOptions } from '../../tools/simulator';
import { fixedTimeZone } from '../reliability/support/broken-parts';
import { audioIntent, playbackEvent } from '../support/audio-player';
import { InMemoryOwnTimeStore } from '../support/in-memory-own-time-store';
import { InMemoryPracticeStore } from '../support/in-memory-practice-store';
import { recordingLogger } from '../support/skill-harness';
import { createTestSkill, TEST_SIGNING_KEY } from '../support/test-skill';

const OTHER_USER = `${TEST_USER_ID}OTHER`;
const BOX_20 = { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' };

function audioSkill() {
  const store = new InMemoryPracticeStore();
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(store),
    timeZones: fixedTimeZone('Europe/London'),
    logger: recordingLogger(),
    skillId: TEST_SKILL_ID,
    audio: { baseUrl: 'https://tracks.example', failedPlayback: new ContainerMemory<number>() },
  });
  const as = (userId: string): EnvelopeOptions => ({ userId });
  return {
    sessions: async (userId: string) => (await store.readHistory(userId)).history.sessions,
    started: (token: string, userId = TEST_USER_ID) =>
      skill.invoke(playbackEvent('AudioPlayer.PlaybackStarted', { token, offsetInMilliseconds: 0 }, {}, as(userId))),
    resumed: (token: string, userId = TEST_USER_ID) =>
      skill.invoke(audioIntent(Intents.Resume, {}, { token, offsetInMilliseconds: 60_000, playerActivity: 'STOPPED' }, as(userId))),
    /** The token of the track Steady hands this user for twenty minutes of box breathing. */
    async issuedTo(userId: string): Promise<string> {
      const response = await skill.invoke(audioIntent(Intents.Breathe, { technique: BOX_20, duration: 'PT20M' }, {}, as(userId)));
      const play = (response.response.directives ?? []).find((d) => d.type === 'AudioPlayer.Play') as
        | { audioItem: { stream: { token: string } } }
        | undefined;
      if (!play) throw new Error('no track was played');
      return play.audioItem.stream.token;
    },
  };
}

const playsNothing = (response: ResponseEnvelope) => expect(response.response.directives ?? []).toEqual([]);

describe('a genuine token', () => {
  it('counts its play once, and resumes', async () => {
    const skill = audioSkill();
    const token = await skill.issuedTo(TEST_USER_ID);
    await skill.started(token);
    await skill.started(token);
    expect(await skill.sessions(TEST_USER_ID)).toBe(1);
    const resumed = await skill.resumed(token);
    expect(JSON.stringify(resumed.response.directives)).toContain('AudioPlayer.Play');
  });
});

describe('a token Steady did not issue to this user counts nothing', () => {
  it("another user's token, copied, counts nothing for either of them and does not resume", async () => {
    const skill = audioSkill();
    const theirs = await skill.issuedTo(OTHER_USER);
    playsNothing(await skill.started(theirs, TEST_USER_ID));
    expect(await skill.sessions(TEST_USER_ID)).toBe(0);
    expect(await skill.sessions(OTHER_USER)).toBe(0);
    expect(JSON.stringify((await skill.resumed(theirs, TEST_USER_ID)).response.directives ?? [])).not.toContain('AudioPlayer.Play');
  });

  const forgeries: Array<[string, () => string]> = [
    ['made up in the old unsealed shape', () => `steady:2|breathing-box-20|${newPlayId()}`],
    ['made up with a seal of its own', () => `steady:3|breathing-box-20|${newPlayId()}|${'A'.repeat(43)}`],
    [
      'sealed with another key',
      () =>
        encodeToken({ trackId: 'breathing-box-20', playId: newPlayId() }, sealerWith('another-deployment-key-0123456789'), TEST_USER_ID),
    ],
  ];
  it.each(forgeries)('a token %s counts nothing', async (_how, forge) => {
    const skill = audioSkill();
    playsNothing(await skill.started(forge()));
    expect(await skill.sessions(TEST_USER_ID)).toBe(0);
  });

  it('a genuine token edited to name another track counts nothing', async () => {
    const skill = audioSkill();
    const genuine = await skill.issuedTo(TEST_USER_ID);
    const edited = genuine.replace('breathing-box-20', 'pmr-full');
    expect(edited).not.toBe(genuine);
    playsNothing(await skill.started(edited));
    expect(await skill.sessions(TEST_USER_ID)).toBe(0);
  });

  it('the test key seals what a genuine token carries (so the forgeries above fail only on their seal)', async () => {
    const skill = audioSkill();
    const genuine = await skill.issuedTo(TEST_USER_ID);
    const [prefix, trackId, playId] = genuine.split('|') as [string, string, string];
    expect(encodeToken({ trackId, playId }, sealerWith(TEST_SIGNING_KEY), TEST_USER_ID)).toBe(genuine);
    expect(prefix).toBe('steady:3');
  });
});
