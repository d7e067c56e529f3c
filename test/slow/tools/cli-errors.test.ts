import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { oneLine, ToolError } from '../../../tools/lib/cli-errors';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function tool(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      args,
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 150_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('tool errors: one line with what to do, never a stack trace', () => {
  it('prints a ToolError as its message, on one line', () => {
    expect(oneLine(new ToolError('No ASK CLI sign-in:\n  run `ask configure`.'), 'npm run deploy')).toBe(
      'No ASK CLI sign-in: run `ask configure`.',
    );
  });

  it('prints a bug as one line that says how to see where', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
    expect(oneLine(bug, 'npm start')).toBe(
      "npm start failed: Cannot read properties of undefined (reading 'x') (run again with STEADY_DEBUG=1 to see where)",
    );
  });

  it.each([
    [
      'npm start with an unknown flag',
      ['tools/converse.ts', '--colour'],
      /^Unknown option '--colour'.*npm start -- --help lists the options\.\n$/,
    ],
    [
      'npm run deploy with an unknown flag',
      ['tools/deploy/cli.ts', '--force'],
      /^Unknown option '--force'.*npm run deploy -- --help lists the options\.\n$/,
    ],
    [
      'npm run deploy with a bad email',
      ['tools/deploy/cli.ts', '--alarm-email', 'nobody'],
      /^--alarm-email "nobody" is not an email address\.\n$/,
    ],
  ])('%s: exit 1, one line on stderr', async (_case, args, line) => {
    const { code, stderr } = await tool(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(line);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
