/**
 * The manual path's step between `cdk deploy` and the ASK CLI (`npm run deploy` does all of it):
 * fills the skill manifest's endpoint with the function ARN from the deployed stack's outputs, and
 * the privacy policy, terms and icon addresses with its PublicBaseUrl, and writes the result to
 * .local/skill.json (git-ignored), ready for `ask smapi update-skill-manifest`. The committed
 * skill-package/skill.json keeps its placeholders, so no account id lands in git.
 *
 *   npx cdk deploy -c skillId=… --outputs-file .local/cdk-outputs.json
 *   npx tsx tools/set-endpoint.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runTool, ToolError } from './lib/cli-errors';
import { manifestProblems } from './deploy/manifest-checks';
import { ONE_WORD_INVOCATION_NAME } from './deploy/invocation-name';
import { deployableManifest, MANIFEST_SOURCE, PROJECT_ROOT, readManifest, stackOutputs } from './deploy/skill-manifest';

export { ALEXA_LAMBDA_REGIONS } from './deploy/regions';
export { ENDPOINT_PLACEHOLDER, MANIFEST_SOURCE, withEndpoint } from './deploy/skill-manifest';

export const STACK_OUTPUTS_FILE = path.join(PROJECT_ROOT, '.local', 'cdk-outputs.json');
export const DEPLOYABLE_MANIFEST = path.join(PROJECT_ROOT, '.local', 'skill.json');

/** The function ARN from the JSON that `cdk deploy --outputs-file` writes, in a region Alexa can call. */
export function functionArnFromOutputs(outputs: unknown): string {
  return stackOutputs(outputs).functionArn;
}

function main(): number {
  if (!existsSync(STACK_OUTPUTS_FILE))
    throw new ToolError(
      `No ${path.relative(process.cwd(), STACK_OUTPUTS_FILE)}: deploy with \`npx cdk deploy -c skillId=… --outputs-file .local/cdk-outputs.json\` first.`,
    );
  const outputs = stackOutputs(JSON.parse(readFileSync(STACK_OUTPUTS_FILE, 'utf8')));
  if (!outputs.publicBaseUrl)
    throw new ToolError(
      'The stack outputs have no PublicBaseUrl, so the privacy policy and icons have no address: deploy the current stack first.',
    );
  const manifest = deployableManifest(readManifest(MANIFEST_SOURCE), {
    functionArn: outputs.functionArn,
    publicBaseUrl: outputs.publicBaseUrl,
  });
  const problems = manifestProblems(manifest, { invocationName: ONE_WORD_INVOCATION_NAME });
  if (problems.length > 0) throw new ToolError(`The manifest breaks certification rules: ${problems.join('; ')}.`);
  mkdirSync(path.dirname(DEPLOYABLE_MANIFEST), { recursive: true });
  writeFileSync(DEPLOYABLE_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), DEPLOYABLE_MANIFEST)} with endpoint ${outputs.functionArn}`);
  return 0;
}

if (require.main === module) runTool('tools/set-endpoint.ts', main);
