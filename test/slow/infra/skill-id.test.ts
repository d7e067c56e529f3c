import { App } from 'aws-cdk-lib';
import { addSteadyStack } from '../../../infra/steady-app';
import { InvalidSkillIdError, MissingSkillIdError, resolveSkillId } from '../../../infra/skill-id';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const OTHER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

describe('resolveSkillId', () => {
  it.each([
    ['context', SKILL_ID, undefined, SKILL_ID],
    ['environment', undefined, SKILL_ID, SKILL_ID],
    ['context over environment', SKILL_ID, OTHER_SKILL_ID, SKILL_ID],
    ['environment when the context is blank', '  ', SKILL_ID, SKILL_ID],
    ['trimmed', ` ${SKILL_ID} `, undefined, SKILL_ID],
  ])('takes the skill id from %s', (_case, context, environment, expected) => {
    expect(resolveSkillId(context, environment)).toBe(expected);
  });

  it.each([
    ['nothing', undefined, undefined],
    ['blanks', '', ' '],
  ])('refuses %s', (_case, context, environment) => {
    expect(() => resolveSkillId(context, environment)).toThrow(MissingSkillIdError);
  });

  it.each(['steady', 'amzn1.ask.skill.', 'amzn1.ask.skill.1234', `arn:aws:lambda:us-east-1:123456789012:function:${SKILL_ID}`])(
    'refuses %s, which is not a skill id',
    (value) => {
      expect(() => resolveSkillId(value, undefined)).toThrow(InvalidSkillIdError);
    },
  );
});

describe('synth without a skill id', () => {
  it('stops with a message that says how to pass one', () => {
    expect(() => addSteadyStack(new App(), { environment: {} })).toThrow(/-c skillId=amzn1\.ask\.skill\..*SKILL_ID/s);
  });
});
