/** An Alexa skill id: `amzn1.ask.skill.` followed by a UUID. */
const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class MissingSkillIdError extends Error {
  constructor() {
    super(
      'Steady needs the Alexa skill id, so that only that skill can invoke the function. ' +
        'Pass it as `npx cdk synth -c skillId=amzn1.ask.skill.…` (the same for deploy) or set SKILL_ID. ' +
        "The Alexa developer console shows it under the skill's name (Copy Skill ID).",
    );
    this.name = 'MissingSkillIdError';
  }
}

export class InvalidSkillIdError extends Error {
  constructor(skillId: string) {
    super(`"${skillId}" is not an Alexa skill id; expected amzn1.ask.skill.<uuid>.`);
    this.name = 'InvalidSkillIdError';
  }
}

/**
 * The skill id from CDK context (`-c skillId=…`) or else the SKILL_ID environment variable.
 * There is deliberately no default: without it the function could be invoked by any skill.
 */
export function resolveSkillId(contextValue: unknown, environmentValue: string | undefined): string {
  const candidate = typeof contextValue === 'string' && contextValue.trim() !== '' ? contextValue : environmentValue;
  const skillId = candidate?.trim();
  if (!skillId) throw new MissingSkillIdError();
  if (!SKILL_ID_PATTERN.test(skillId)) throw new InvalidSkillIdError(skillId);
  return skillId;
}
