/**
 * Saving what a user asked Steady to remember. Nothing here throws; a preference that cannot be
 * saved is logged (under a pseudonym) and answered as unsaved.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { AskedBeforeForgetError } from '../store/practice-store';
import type { Preferences } from './preferences';
import { beforeDeadline, callOptions, factsOf, type RequestFacts } from './request-facts';

function logUnsaved(deps: SkillDependencies, facts: RequestFacts, error: unknown): void {
  if (error instanceof AskedBeforeForgetError)
    deps.logger.info('preferences not saved: asked before the history was deleted', { user: facts.pseudonym });
  else deps.logger.error('preferences not saved', { user: facts.pseudonym, error });
}

/**
 * Replaces the user's preferences (`{}` resets them); false when they could not be saved, or
 * were asked for before the user's last "forget my history" (a late retry writes nothing back).
 */
export async function savePreferences(deps: SkillDependencies, input: HandlerInput, preferences: Preferences): Promise<boolean> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return false;
  try {
    await beforeDeadline(facts, () => deps.store.savePreferences(userId, preferences, facts.instant.getTime(), callOptions(facts)));
    return true;
  } catch (error) {
    logUnsaved(deps, facts, error);
    return false;
  }
}

/**
 * Changes the preferences given and keeps the others, in one write; answers all of them as now
 * saved, or undefined when they could not be saved.
 */
export async function updatePreferences(
  deps: SkillDependencies,
  input: HandlerInput,
  change: Preferences,
): Promise<Preferences | undefined> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return undefined;
  try {
    return await beforeDeadline(facts, () => deps.store.updatePreferences(userId, change, facts.instant.getTime(), callOptions(facts)));
  } catch (error) {
    logUnsaved(deps, facts, error);
    return undefined;
  }
}
