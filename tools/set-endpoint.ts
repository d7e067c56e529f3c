/**
 * Fills the skill manifest's endpoint with the function ARN from the deployed stack's outputs and
 * writes the result to .local/skill.json (git-ignored), ready for `ask smapi update-skill-manifest`.
 * The committed skill-package/skill.json keeps its placeholder, so no account id lands in git.
 *
 *   npx cdk deploy -c skillId=… --outputs-file .local/cdk-outputs.json
 *   npx tsx tools/set-endpoint.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { OUTPUTS, STACK_NAME } from '../infra/stack-outputs';

const PROJECT_ROOT = path.resolve(__dirname, '..');
export const MANIFEST_SOURCE = path.join(PROJECT_ROOT, 'skill-package', 'skill.json');
export const STACK_OUTPUTS_FILE = path.join(PROJECT_ROOT, '.local', 'cdk-outputs.json');
export const DEPLOYABLE_MANIFEST = path.join(PROJECT_ROOT, '.local', 'skill.json');

export const ENDPOINT_PLACEHOLDER = 'REPLACE_WITH_THE_SkillFunctionArn_STACK_OUTPUT';

/** The AWS regions where Lambda offers the Alexa Skills Kit trigger. */
export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1'] as const;

const FUNCTION_ARN = /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]+$/;

interface SkillManifest {
  manifest: { apis: { custom: { endpoint: { uri: string } } } };
}

/** The function ARN from the JSON that `cdk deploy --outputs-file` writes. */
export function functionArnFromOutputs(outputs: unknown): string {
  const arn = (outputs as Record<string, Record<string, unknown> | undefined>)?.[STACK_NAME]?.[OUTPUTS.functionArn];
  if (typeof arn !== 'string') {
    throw new Error(`The stack outputs have no ${STACK_NAME}.${OUTPUTS.functionArn}; deploy with --outputs-file first.`);
  }
  const match = FUNCTION_ARN.exec(arn);
  if (!match) throw new Error(`"${arn}" is not a Lambda function ARN.`);
  const region = match[1];
  if (!(ALEXA_LAMBDA_REGIONS as readonly string[]).includes(region)) {
    throw new Error(
      `The function is in ${region}, where Alexa cannot invoke Lambda; deploy to one of ${ALEXA_LAMBDA_REGIONS.join(', ')}.`,
    );
  }
  return arn;
}

/** A copy of the manifest whose custom skill endpoint is the given function. */
export function withEndpoint<T extends SkillManifest>(manifest: T, functionArn: string): T {
  const copy = structuredClone(manifest);
  copy.manifest.apis.custom.endpoint.uri = functionArn;
  return copy;
}

function main(): void {
  const outputs: unknown = JSON.parse(readFileSync(STACK_OUTPUTS_FILE, 'utf8'));
  const manifest = JSON.parse(readFileSync(MANIFEST_SOURCE, 'utf8')) as SkillManifest;
  const functionArn = functionArnFromOutputs(outputs);
  mkdirSync(path.dirname(DEPLOYABLE_MANIFEST), { recursive: true });
  writeFileSync(DEPLOYABLE_MANIFEST, `${JSON.stringify(withEndpoint(manifest, functionArn), null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), DEPLOYABLE_MANIFEST)} with endpoint ${functionArn}`);
}

if (require.main === module) main();
