import type { RequestEnvelope } from 'ask-sdk-model';
import type { Logger } from '../logger';

/** Claimed ids come from outside; logs keep a short prefix. */
const LOGGED_ID_LENGTH = 80;

export class ForeignSkillError extends Error {
  constructor() {
    super('Request refused: it was sent for another skill');
    this.name = 'ForeignSkillError';
  }
}

/** Whether Alexa sent the request for this skill: the context names it, and so does any session. */
export function sentForSkill(envelope: RequestEnvelope | undefined, skillId: string): boolean {
  const contextSkill = envelope?.context?.System?.application?.applicationId;
  const sessionSkill = envelope?.session?.application?.applicationId;
  return contextSkill === skillId && (!envelope?.session || sessionSkill === skillId);
}

/** Logs a refused request without anything about its user, and returns the error to throw. */
export function refuseForeignRequest(envelope: RequestEnvelope | undefined, logger: Logger): ForeignSkillError {
  const claimed = envelope?.context?.System?.application?.applicationId;
  const requestType = envelope?.request?.type;
  logger.warn('request refused: sent for another skill', {
    claimedSkillId: typeof claimed === 'string' ? claimed.slice(0, LOGGED_ID_LENGTH) : undefined,
    requestType: typeof requestType === 'string' ? requestType.slice(0, LOGGED_ID_LENGTH) : undefined,
  });
  return new ForeignSkillError();
}
