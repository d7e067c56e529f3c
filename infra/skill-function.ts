import * as path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { SKILL_BUNDLE } from './skill-bundle';

const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Alexa waits at most 8 s for a response; stopping at 7 s leaves room for the reply to travel. */
export const SKILL_FUNCTION_TIMEOUT = Duration.seconds(7);

/**
 * Measured with `npm run bench`: the bundle loads in about 186 ms of one full core and peaks at
 * about 116 MB resident over 1,200 warm requests, so 256 MB would hold it. Lambda gives CPU in
 * proportion to memory, though (a full vCPU at 1,769 MB), and the cold load is CPU-bound time
 * that comes out of Alexa's 8 s: at 512 MB it is about 0.6 s, at 256 MB about 1.3 s. 512 MB
 * buys that second back for a fraction of a cent a month at a personal skill's traffic.
 */
export const SKILL_FUNCTION_MEMORY_MB = 512;

/** Every DynamoDB call the practice store makes, and nothing else. */
export const PRACTICE_TABLE_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
] as const;

export interface SkillFunctionProps {
  readonly table: ITable;
  readonly skillId: string;
}

/** The skill's Lambda function with its own log group and a role that reaches only its table. */
export class SkillFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: RetentionDays.ONE_MONTH,
      // The logs carry no user data and expire anyway; they should not outlive the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of the default one, whose AWS managed AWSLambdaBasicExecutionRole
    // policy may write to every log group in the account.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Steady skill function: write its own logs, read and write its own table',
    });
    this.logGroup.grantWrite(role);
    role.addToPolicy(new PolicyStatement({ actions: [...PRACTICE_TABLE_ACTIONS], resources: [props.table.tableArn] }));

    // Two secrets the stack draws once and keeps across deploys: the key that seals what Steady
    // hands the device to bring back (session attributes, playback tokens), and the salt of the
    // users' pseudonyms in the logs. CloudFormation resolves them into the environment at deploy,
    // so the template holds only references and a cold start makes no call to fetch them.
    const signingKey = deploymentSecret(this, 'SigningKey', 'Steady: seals session attributes and playback tokens');
    const pseudonymSalt = deploymentSecret(this, 'LogPseudonymSalt', 'Steady: salts the user pseudonyms in the logs');

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, 'lambda', 'index.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: SKILL_FUNCTION_TIMEOUT,
      memorySize: SKILL_FUNCTION_MEMORY_MB,
      role,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        SKILL_ID: props.skillId,
        SIGNING_KEY: signingKey.secretValue.unsafeUnwrap(),
        LOG_PSEUDONYM_SALT: pseudonymSalt.secretValue.unsafeUnwrap(),
      },
      bundling: {
        forceDockerBundling: false,
        minify: SKILL_BUNDLE.minify,
        sourceMap: SKILL_BUNDLE.sourceMap,
        sourcesContent: SKILL_BUNDLE.sourcesContent,
        keepNames: SKILL_BUNDLE.keepNames,
        // A bundled, tree-shaken SDK pins the version the tests use and usually starts faster than the runtime's copy.
        bundleAwsSDK: true,
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions::AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22, an LTS runtime that Lambda supports into 2027. The major version ' +
        'changes on purpose, once the tests pass on the new Node, not whenever a newer runtime exists.',
    });
  }
}

function deploymentSecret(scope: Construct, id: string, description: string): Secret {
  const secret = new Secret(scope, id, {
    description,
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
    // Kept across deploys, gone with the stack: nothing sealed with it outlives the function.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions::AwsSolutions-SMG4',
    reason:
      'Not rotated automatically: the function reads it from its environment, set at deploy, so a ' +
      'rotation would take effect only at the next deploy anyway; a new key (by replacing the secret) ' +
      'ends only the sessions and plays under way, and a new salt only the log correlation across it.',
  });
  return secret;
}
