import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { STACK_BUNDLING } from '../../../tools/lib/stack-bundling';
import { mapStackTrace } from '../../../tools/lib/stack-trace-mapping';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURE = path.join('test', 'fixtures', 'stack-trace', 'throws.ts');
const fixtureLines = readFileSync(path.join(ROOT, FIXTURE), 'utf8').split('\n');
const lineOf = (text: string) => fixtureLines.findIndex((line) => line.includes(text)) + 1;
const THROW_LINE = lineOf("throw new Error('the practice could not be recorded')");
const CALL_LINE = lineOf('return recordPractice(5)');

let dir: string;
let bundle: string;
let trace: string;

/** The trace Node prints when the bundle throws, as the Lambda would log it: no source maps applied. */
function traceOf(file: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { env: { PATH: process.env.PATH } }, (_error, _stdout, stderr) => resolve(stderr));
  });
}

function stackTraceTool(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['tools/stack-trace.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'steady-stack-trace-'));
  bundle = path.join(dir, 'index.js');
  await build({ ...STACK_BUNDLING, entryPoints: [path.join(ROOT, FIXTURE)], outfile: bundle, logLevel: 'error', absWorkingDir: ROOT });
  trace = await traceOf(bundle);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stack traces from the bundle the stack ships', () => {
  it('point into the minified bundle, where nothing says which TypeScript they came from', () => {
    expect(trace).toContain('the practice could not be recorded');
    expect(trace).toMatch(/index\.js:1:\d+\)/);
    expect(trace).not.toContain('throws.ts');
  });

  it('are mapped back to the TypeScript file and line by the source map', () => {
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
    const mapped = mapStackTrace(trace, map, { mapDir: dir, displayRoot: ROOT });
    expect(mapped).toContain(`(${FIXTURE}:${THROW_LINE}:`);
    expect(mapped).toContain(`(${FIXTURE}:${CALL_LINE}:`);
  });

  it('leaves lines that are not bundle frames as they were', () => {
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
    const text =
      'Error: the practice could not be recorded\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at other (/opt/layer/other-index.js:1:600)\n';
    expect(mapStackTrace(text, map, { mapDir: dir, displayRoot: ROOT })).toBe(text);
  });

  it('npm run stack-trace -- --map reads a trace on stdin and prints it mapped', async () => {
    const { code, stdout } = await stackTraceTool(['--map', `${bundle}.map`], trace);
    expect(code).toBe(0);
    expect(stdout).toContain(`(${FIXTURE}:${THROW_LINE}:`);
  });

  it('npm run stack-trace with an unreadable map says so on one line', async () => {
    const { code, stderr } = await stackTraceTool(['--map', path.join(dir, 'missing.map')], trace);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Cannot read the source map .*missing\.map\. usage: npm run stack-trace/);
  });
});
