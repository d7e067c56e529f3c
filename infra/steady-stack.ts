import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { createPracticeTable } from './practice-table';
import { SkillAlarms } from './skill-alarms';
import { SKILL_FUNCTION_TIMEOUT, SkillFunction } from './skill-function';
import { OUTPUTS } from './stack-outputs';

export interface SteadyStackProps extends StackProps {
  readonly skillId: string;
  /** Email the alarms here (`-c alarmEmail=…`). */
  readonly alarmEmail?: string;
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
      timeout: SKILL_FUNCTION_TIMEOUT,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });

    new CfnOutput(this, OUTPUTS.functionArn, {
      value: skill.function.functionArn,
      description: "The skill endpoint: paste it into the skill manifest's apis.custom.endpoint.uri.",
    });
    new CfnOutput(this, OUTPUTS.tableName, {
      value: table.tableName,
      description: 'The practice table (kept when the stack is deleted).',
    });
  }
}
