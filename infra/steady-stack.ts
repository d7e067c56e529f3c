import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { createPracticeTable } from './practice-table';
import { PublicContent } from './public-content';
import { SkillAlarms } from './skill-alarms';
import { SKILL_FUNCTION_TIMEOUT, SkillFunction } from './skill-function';
import { OUTPUTS } from './stack-outputs';

export interface SteadyStackProps extends StackProps {
  readonly skillId: string;
  /** Email the alarms here (`-c alarmEmail=…`). */
  readonly alarmEmail?: string;
  /** Where render-tracks wrote the tracks; the default folder when absent. */
  readonly renderedDir?: string;
  /** The static pages folder; `infra/site` when absent. */
  readonly siteDir?: string;
}

/** Everything Steady runs on: the skill function, its table, Alexa's permission, and alarms. */
export class SteadyStack extends Stack {
  constructor(scope: Construct, id: string, props: SteadyStackProps) {
    super(scope, id, props);

    const table = createPracticeTable(this, 'PracticeTable');
    const skill = new SkillFunction(this, 'Skill', { table, skillId: props.skillId });

    // Only this skill may invoke the function: Alexa passes the skill id as the event source token.
    skill.function.addPermission('AlexaSkillInvoke', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    new SkillAlarms(this, 'Alarms', {
      function: skill.function,
      logGroup: skill.logGroup,
      timeout: SKILL_FUNCTION_TIMEOUT,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });
    const content = new PublicContent(this, 'PublicContent', {
      ...(props.renderedDir ? { renderedDir: props.renderedDir } : {}),
      ...(props.siteDir ? { siteDir: props.siteDir } : {}),
    });
    // Without a rendered set the skill speaks every session rather than hand out missing tracks.
    if (content.servesTracks) skill.function.addEnvironment('PUBLIC_BASE_URL', content.baseUrl);

    new CfnOutput(this, OUTPUTS.functionArn, {
      value: skill.function.functionArn,
      description: "The skill endpoint: paste it into the skill manifest's apis.custom.endpoint.uri.",
    });
    new CfnOutput(this, OUTPUTS.publicBaseUrl, {
      value: content.baseUrl,
      description: 'The HTTPS base of the public content: the audio tracks and the privacy and terms pages.',
    });
    new CfnOutput(this, OUTPUTS.tableName, {
      value: table.tableName,
      description: 'The practice table (kept when the stack is deleted).',
    });
  }
}
