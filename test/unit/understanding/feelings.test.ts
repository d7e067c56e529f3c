import { classifyFeeling, isCrisisText, normaliseFeelingText, type Feeling } from '../../../lambda/understanding/feelings';

describe('classifyFeeling', () => {
  it.each([
    // Direct and indirect, after the published warning statements.
    'want to die',
    "don't want to be here anymore",
    "can't go on",
    'everyone would be better off without me',
    'end it',
    'like ending it all',
    'like a burden to my family',
    'there is no reason for me to live',
    'so tired of fighting, I just want it to be over',
    "like I'm trapped and there's no way out",
    'that nobody would notice if I disappeared',
    'like going to sleep and never waking up',
    'hurt myself',
    "I've been cutting myself",
    'suicidal',
    "I can't take it any more",
    'my life isn’t worth living',
    'I WANT TO KILL MYSELF',
  ])('"%s" is crisis', (text) => {
    expect(classifyFeeling(text)).toEqual({ kind: 'crisis' });
    expect(isCrisisText(text)).toBe(true);
  });

  it.each([
    "I'm going to take all my pills",
    'I just swallowed a whole bottle of tablets',
    'the knife is in my hand',
    "I'm standing on the edge of the bridge and I'm going to jump",
    "I've written a note for my family",
    "I'm bleeding and it won't stop",
  ])('"%s" is danger now: means at hand or an act under way', (text) => {
    expect(classifyFeeling(text)).toEqual({ kind: 'danger' });
    expect(isCrisisText(text)).toBe(true);
  });

  it.each([
    'dead tired',
    'like this traffic is killing me',
    'dying to see my boyfriend again',
    'I could just die of embarrassment',
    'kill the timer, I am home',
    'my phone is dead',
    'I cut my hair and hate it',
  ])('"%s" is an everyday idiom, never crisis', (text) => {
    expect(isCrisisText(text)).toBe(false);
  });

  it.each<[string, Feeling]>([
    ["like I can't breathe", { kind: 'cant-breathe' }],
    ['short of breath', { kind: 'cant-breathe' }],
    ["like I'm having a panic attack", { kind: 'panic' }],
    ['my heart is racing', { kind: 'panic' }],
    ["my heart's racing because i'm nervous about the phone call", { kind: 'worry' }],
    ['freaking out about my exams', { kind: 'stress' }],
    ["so angry at my boss i can't calm down", { kind: 'anger' }],
    ["I can't sleep", { kind: 'cant-sleep' }],
    ['wide awake at three in the morning', { kind: 'cant-sleep' }],
    ['stressed about work', { kind: 'stress' }],
    ['nervous about my exam tomorrow', { kind: 'worry' }],
    ['really sad today', { kind: 'sadness' }],
    ['angry at my partner', { kind: 'anger' }],
    ['dead tired', { kind: 'unknown' }],
    ['so anxious', { kind: 'stress' }],
    ['lonely', { kind: 'attachment', feeling: 'lonely', theme: 'left' }],
    ['so alone tonight', { kind: 'attachment', feeling: 'lonely', theme: 'left' }],
    ['rejected', { kind: 'attachment', feeling: 'rejected', theme: 'rejection' }],
    ['like nobody wants me', { kind: 'attachment', feeling: 'rejected', theme: 'rejection' }],
    ['abandoned', { kind: 'attachment', feeling: 'abandoned', theme: 'left' }],
    ['like he is going to leave me', { kind: 'attachment', feeling: 'abandoned', theme: 'left' }],
    ['jealous', { kind: 'attachment', feeling: 'jealous', theme: 'not-enough' }],
    ["hasn't texted me back", { kind: 'attachment', feeling: 'partner-worry', theme: 'waiting' }],
    ['worried about my partner after we argued', { kind: 'attachment', feeling: 'partner-worry', theme: 'disagreement' }],
  ])('"%s" is %j', (text, feeling) => {
    expect(classifyFeeling(text)).toEqual(feeling);
    expect(isCrisisText(text)).toBe(false);
  });

  it('puts crisis before every other feeling in the same words', () => {
    expect(classifyFeeling("lonely and I can't breathe and I want to die")).toEqual({ kind: 'crisis' });
    expect(classifyFeeling('so jealous I want to hurt myself')).toEqual({ kind: 'crisis' });
  });

  it.each([
    ['nothing', undefined],
    ['empty', ''],
    ['only spaces', '   '],
    ['emoji', '😢😢😢'],
    ['SSML', '<speak><audio src="x"/></speak>'],
    ['a closing tag', '</speak>'],
    ['words Steady cannot place', 'purple monkey dishwasher'],
    ['5,000 characters', 'la '.repeat(1667)],
  ])('%s is unknown, never a guess', (_label, text) => {
    expect(classifyFeeling(text)).toEqual({ kind: 'unknown' });
  });

  it('still hears crisis inside markup or a very long text', () => {
    expect(classifyFeeling('<speak>I want to die</speak>')).toEqual({ kind: 'crisis' });
    expect(classifyFeeling(`${'so tired '.repeat(150)} and I want to end my life`)).toEqual({ kind: 'crisis' });
  });

  it('is quick on 5,000 characters of anything', () => {
    const started = Date.now();
    for (const chunk of ['a', 'i ', "can't ", 'x'.repeat(10) + ' ']) classifyFeeling(chunk.repeat(Math.ceil(5000 / chunk.length)));
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('normaliseFeelingText', () => {
  it('spells out contractions and keeps only words', () => {
    expect(normaliseFeelingText("I can't — won't! I'm DONE, don't…")).toBe('i cannot will not i am done do not');
  });
});
