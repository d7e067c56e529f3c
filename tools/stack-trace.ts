/**
 * `npm run stack-trace`: reads a stack trace from the Lambda's logs on stdin and prints it with
 * every `index.js:line:column` frame mapped back to the TypeScript. The function runs without
 * `--enable-source-maps` (reading the map at start-up costs every cold start), so the map is read
 * here instead.
 *
 *   npm run stack-trace < trace.txt                       builds the bundle as the stack does
 *   npm run stack-trace -- --map cdk.out/asset.…/index.js.map < trace.txt
 *
 * Without --map the bundle is built from this checkout: check out the deployed commit first, or
 * the lines will not match.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { dirname, join } from 'node:path';
import { runTool, ToolError } from './lib/cli-errors';
import { PROJECT_ROOT, SKILL_ENTRY, STACK_BUNDLING } from './lib/stack-bundling';
import { mapStackTrace } from './lib/stack-trace-mapping';

const USAGE = 'usage: npm run stack-trace [-- --map path/to/index.js.map] < trace.txt';
const BUILT_BUNDLE = join(PROJECT_ROOT, '.local', 'stack-trace', 'index.js');

function mapPathArgument(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--map') return args[1];
  throw new ToolError(`Unknown arguments '${args.join(' ')}'. ${USAGE}`);
}

async function buildLikeTheStack(): Promise<string> {
  await build({ ...STACK_BUNDLING, entryPoints: [SKILL_ENTRY], outfile: BUILT_BUNDLE, logLevel: 'error', absWorkingDir: PROJECT_ROOT });
  return `${BUILT_BUNDLE}.map`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const given = mapPathArgument(args);
  const mapPath = given ?? (await buildLikeTheStack());
  const payload = await readFile(mapPath, 'utf8').catch((error: unknown) => {
    throw new ToolError(`Cannot read the source map ${mapPath}. ${USAGE}`, { cause: error });
  });
  const map = new SourceMap(JSON.parse(payload));
  process.stdout.write(mapStackTrace(await readStdin(), map, { mapDir: dirname(mapPath), displayRoot: PROJECT_ROOT }));
  return 0;
}

if (require.main === module) runTool('npm run stack-trace', main);
