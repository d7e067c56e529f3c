/**
 * The full `npm test` runs the integration, conversation and reliability tests against AWS's
 * DynamoDB Local, which is Java. Without Java they cannot start, so this says so in one line
 * first, with what to install, and that `npm run test:unit` needs none.
 */
import { spawnSync } from 'node:child_process';
import { runTool, ToolError } from './lib/cli-errors';

export const JAVA_MISSING =
  'npm test needs Java for DynamoDB Local: install it (Debian or Ubuntu: sudo apt-get install -y default-jre-headless; macOS: brew install openjdk), or run npm run test:unit, which needs no Java.';

/** Why Java cannot run here, or undefined when `java -version` works. */
export function javaProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const result = spawnSync('java', ['-version'], { env, stdio: 'ignore', timeout: 30_000 });
  if (result.error || result.status !== 0) return JAVA_MISSING;
  return undefined;
}

if (require.main === module) {
  runTool('npm test', () => {
    const problem = javaProblem();
    if (problem) throw new ToolError(problem);
    return 0;
  });
}
