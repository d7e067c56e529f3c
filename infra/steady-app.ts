import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { resolveSkillId } from './skill-id';
import { STACK_NAME } from './stack-outputs';
import { SteadyStack } from './steady-stack';

export interface SteadyAppOptions {
  /** Where SKILL_ID is read from when the app has no `skillId` context. */
  readonly environment?: NodeJS.ProcessEnv;
}

/** Adds the Steady stack to an app, with cdk-nag's AWS Solutions checks run at every synth. */
export function addSteadyStack(app: App, options: SteadyAppOptions = {}): SteadyStack {
  const environment = options.environment ?? process.env;
  const skillId = resolveSkillId(app.node.tryGetContext('skillId'), environment.SKILL_ID);
  const alarmEmail: unknown = app.node.tryGetContext('alarmEmail');
  const renderedDir = app.node.tryGetContext('renderedDir') as string | undefined;
  const siteDir = app.node.tryGetContext('siteDir') as string | undefined;
  const stack = new SteadyStack(app, STACK_NAME, {
    skillId,
    ...(typeof alarmEmail === 'string' && alarmEmail.trim() !== '' ? { alarmEmail: alarmEmail.trim() } : {}),
    ...(renderedDir ? { renderedDir } : {}),
    ...(siteDir ? { siteDir } : {}),
    description: 'Steady Alexa skill: the skill function, its practice table and alarms',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
