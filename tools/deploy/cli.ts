/** `npm run deploy [-- options]`: see tools/deploy/deploy.ts for the steps. */
import { parseArgs } from 'node:util';
import { runTool, ToolError } from '../lib/cli-errors';
import { defaultEnvironment, deploy, type DeployOptions } from './deploy';
import { TWO_WORD_INVOCATION_NAME } from './invocation-name';

const USAGE = `Deploy Steady to AWS and the Alexa developer account, ready to talk to.

Usage: npm run deploy [-- options]

  --dry-run          print the plan; create, deploy and write nothing
  --region REGION    the AWS region (us-east-1, eu-west-1 or us-west-2); default AWS_REGION or the profile's
  --profile NAME     the AWS profile for cdk deploy (default: AWS_PROFILE or the default chain)
  --ask-profile NAME the ASK CLI profile from \`ask configure\` (default: ASK_DEFAULT_PROFILE or default)
  --skill-id ID      deploy to this skill (default: SKILL_ID, or the one remembered in .local/deploy.json,
                     or a new skill created and remembered)
  --two-word-name    use the invocation name "${TWO_WORD_INVOCATION_NAME}" (remembered); --one-word-name goes back to "steady"
  --alarm-email ADDR email the alarms to ADDR (an SNS topic and subscription; confirm the email AWS sends)
  --yes              let cdk deploy change IAM without asking
  --help             this text`;

const FLAGS = {
  'dry-run': { type: 'boolean', default: false },
  region: { type: 'string' },
  profile: { type: 'string' },
  'ask-profile': { type: 'string' },
  'skill-id': { type: 'string' },
  'two-word-name': { type: 'boolean' },
  'one-word-name': { type: 'boolean' },
  'alarm-email': { type: 'string' },
  yes: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ToolError(`${error instanceof Error ? error.message : String(error)}: npm run deploy -- --help lists the options.`);
  }
}

function options(argv: readonly string[]): DeployOptions | 'help' {
  const values = parse(argv);
  if (values.help) return 'help';
  if (values['two-word-name'] && values['one-word-name']) throw new ToolError('Choose one of --two-word-name and --one-word-name.');
  const email = values['alarm-email'];
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new ToolError(`--alarm-email "${email}" is not an email address.`);
  const profile = values.profile ?? process.env.AWS_PROFILE;
  const twoWord = values['two-word-name'] ? true : values['one-word-name'] ? false : undefined;
  return {
    dryRun: values['dry-run'],
    ...(values.region ? { region: values.region } : {}),
    ...(profile ? { awsProfile: profile } : {}),
    askProfile: values['ask-profile'] ?? process.env.ASK_DEFAULT_PROFILE ?? 'default',
    ...(values['skill-id'] ? { skillId: values['skill-id'] } : {}),
    ...(twoWord !== undefined ? { twoWordName: twoWord } : {}),
    ...(email ? { alarmEmail: email } : {}),
    yes: values.yes,
  };
}

// The SDK's notice about future Node versions says nothing about this deploy.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

runTool('npm run deploy', async () => {
  const parsed = options(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  return deploy(parsed, defaultEnvironment());
});
