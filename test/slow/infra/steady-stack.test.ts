import { Match, Template } from 'aws-cdk-lib/assertions';
import { TABLE_SCHEMA, TTL_ATTRIBUTE } from '../../../lambda/store/table-schema';
import { OUTPUTS } from '../../../infra/stack-outputs';
import { dynamoDbCallsInSkillCode } from './dynamodb-calls';
import { buildSteadyApp, TEST_SKILL_ID } from './steady-app-fixture';

const ALEXA_TIMEOUT_SECONDS = 8;

let template: Template;
let functionId: string;
let tableId: string;
let logGroupId: string;

/** The logical id of the stack's secret whose id ends with `name`. */
function secretId(name: string): string {
  const ids = Object.keys(template.findResources('AWS::SecretsManager::Secret')).filter((id) => id.includes(name));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/** The dynamic reference CloudFormation resolves at deploy into the secret's value. */
const resolvedSecret = (id: string) => ({
  'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: id }, ':SecretString:::}}']],
});

function onlyLogicalId(type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0];
}

beforeAll(() => {
  template = Template.fromStack(buildSteadyApp().stack);
  functionId = onlyLogicalId('AWS::Lambda::Function');
  tableId = onlyLogicalId('AWS::DynamoDB::Table');
  logGroupId = onlyLogicalId('AWS::Logs::LogGroup');
});

describe('the skill function', () => {
  it('runs the bundled skill on Node.js 22, arm64, within Alexa’s time limit', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 7,
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn.Properties.Timeout).toBeLessThan(ALEXA_TIMEOUT_SECONDS);
  });

  // No NODE_OPTIONS: --enable-source-maps would read the source map at every cold start.
  it('is told its table, skill id, signing key and pseudonym salt, and nothing else', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectEquals({
          TABLE_NAME: { Ref: tableId },
          SKILL_ID: TEST_SKILL_ID,
          SIGNING_KEY: resolvedSecret(secretId('SigningKey')),
          LOG_PSEUDONYM_SALT: resolvedSecret(secretId('LogPseudonymSalt')),
        }),
      },
    });
  });

  it('draws the signing key and the salt as two secrets of its own, 64 characters each, never in the template', () => {
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    for (const name of ['SigningKey', 'LogPseudonymSalt']) {
      const secret = template.findResources('AWS::SecretsManager::Secret')[secretId(name)]!;
      expect(secret.Properties.GenerateSecretString).toEqual({ PasswordLength: 64, ExcludePunctuation: true });
      expect(secret.Properties.SecretString).toBeUndefined();
    }
  });

  it('logs to its own log group, kept for a month', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('may be invoked by Alexa for this skill only', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: TEST_SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });
});

describe('the practice table', () => {
  it('uses the key schema the code defines', () => {
    const { partitionKey, sortKey } = TABLE_SCHEMA;
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: partitionKey.name, KeyType: 'HASH' },
        { AttributeName: sortKey.name, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayEquals([
        { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
        { AttributeName: sortKey.name, AttributeType: sortKey.type },
      ]),
    });
  });

  it('deletes expired items by the attribute the store writes', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
  });

  it('is on demand, recoverable, protected from deletion and retained with the stack gone', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('least privilege', () => {
  it('grants exactly: write its own logs, read and write items in its own table', () => {
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: Match.arrayEquals([
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
          },
          {
            Effect: 'Allow',
            Action: [
              'dynamodb:BatchWriteItem',
              'dynamodb:DeleteItem',
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:Query',
              'dynamodb:UpdateItem',
            ],
            Resource: { 'Fn::GetAtt': [tableId, 'Arn'] },
          },
        ]),
      },
    });
  });

  it('grants exactly the DynamoDB calls the skill code makes', () => {
    const [policy] = Object.values(template.findResources('AWS::IAM::Policy'));
    const granted = (policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
      .flatMap((statement) => statement.Action)
      .filter((action) => action.startsWith('dynamodb:'));
    expect(granted.sort()).toEqual(dynamoDbCallsInSkillCode());
  });

  it('gives the function a role that only Lambda can assume and no managed policies', () => {
    template.resourceCountIs('AWS::IAM::Role', 1);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
      ManagedPolicyArns: Match.absent(),
      Policies: Match.absent(),
    });
  });
});

describe('alarms', () => {
  const onTheFunction = () => [{ Name: 'FunctionName', Value: { Ref: functionId } }];

  it.each([
    ['Errors', 'Sum', 1],
    ['Throttles', 'Sum', 1],
    ['Duration', 'Maximum', 5600],
  ])('alarms on %s (%s ≥ %d in 5 minutes)', (metricName, statistic, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: metricName,
      Dimensions: onTheFunction(),
      Statistic: statistic,
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('counts the practices the skill could not record, from their log line, and alarms on one', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logGroupId },
      FilterPattern: '{ ($.message = "practice not recorded") || ($.message = "practice recording unconfirmed") }',
      MetricTransformations: [{ MetricNamespace: 'Steady', MetricName: 'LostPractices', MetricValue: '1' }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Steady',
      MetricName: 'LostPractices',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('warns about duration before the function times out', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    const [duration] = Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'Duration' } }));
    expect(duration.Properties.Threshold).toBeLessThan(fn.Properties.Timeout * 1000);
  });
});

describe('outputs', () => {
  it('gives the function ARN for the skill endpoint and the table name', () => {
    template.hasOutput(OUTPUTS.functionArn, { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    template.hasOutput(OUTPUTS.tableName, { Value: { Ref: tableId } });
  });
});
