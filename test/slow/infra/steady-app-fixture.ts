import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { addSteadyStack } from '../../../infra/steady-app';
import type { SteadyStack } from '../../../infra/steady-stack';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The feature flags `cdk synth` runs with, so tests synthesize the same template. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.resolve(__dirname, '../../../cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

/**
 * A Steady app as `npx cdk synth -c skillId=…` builds it, bundling the real Lambda entry. Tracks a
 * developer rendered locally and the static pages are left out unless a test names their folders
 * (`renderedDir`, `siteDir`), so the template does not depend on what is on disk.
 */
export function buildSteadyApp(context: Record<string, unknown> = {}): { app: App; stack: SteadyStack } {
  const nothing = path.join(os.tmpdir(), 'steady-no-public-content');
  const app = new App({ context: { ...cdkJsonContext(), skillId: TEST_SKILL_ID, renderedDir: nothing, siteDir: nothing, ...context } });
  const stack = addSteadyStack(app, { environment: {} });
  return { app, stack };
}
