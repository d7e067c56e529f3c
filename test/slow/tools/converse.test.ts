import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function converse(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      ['tools/converse.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 150_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe('npm start (tools/converse.ts)', () => {
  let dbDir: string;
  beforeAll(async () => {
    dbDir = join(await mkdtemp(join(tmpdir(), 'steady-converse-')), 'db');
  });
  afterAll(() => rm(join(dbDir, '..'), { recursive: true, force: true }));

  it('holds a scripted conversation with the real handler', async () => {
    const { code, stdout } = await converse([
      '--db',
      dbDir,
      '--fresh',
      '--tz',
      'UTC',
      '--date',
      '2026-03-08T10:00',
      '--say',
      'ask steady to help me breathe',
      '--say',
      'open steady',
      '--say',
      'square breathing',
    ]);
    expect(code).toBe(0);
    const turns = stdout.split(/^you> /m).slice(1);
    expect(turns).toHaveLength(3);
    expect(turns[0]).toMatch(
      /^ask steady to help me breathe\n→ BreatheIntent \(confidence [01]\.\d\d\)\nSteady:\n[\s\S]* · [\d.]+ s · [\s\S]*\(session ended\)/,
    );
    expect(turns[1]).toMatch(/→ LaunchRequest[\s\S]*\(listening…\)/);
    expect(turns[2]).toMatch(/→ BreatheIntent technique="square breathing"→box/);
  });

  it('understands what no sample says, and says when it fell back to the catch-all, with the words it carries', async () => {
    const { code, stdout } = await converse([
      '--db',
      dbDir,
      '--tz',
      'UTC',
      '--say',
      'open steady',
      '--say',
      'could you do some breathing with me',
      '--say',
      'open steady',
      '--say',
      'order more paper towels',
    ]);
    expect(code).toBe(0);
    const turns = stdout.split(/^you> /m).slice(1);
    expect(turns[1]).toMatch(/→ BreatheIntent \(confidence (?:0\.[5-9]\d|1\.00)\)/);
    expect(turns[3]).toMatch(
      /→ StatementIntent statement="order more paper towels" \(no match\) \(fell back to the catch-all: (?:best guess [\w.]+ at 0\.\d\d|no intent fits these words)\)/,
    );
  });

  it('reads piped input as the user turns and stops at quit', async () => {
    const { code, stdout } = await converse(['--db', dbDir, '--tz', 'Asia/Kolkata'], 'open steady\nhelp\nstop\nquit\nopen steady\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Try: "ask steady to help me breathe"/);
    expect(stdout).toMatch(/you> help\n→ AMAZON\.HelpIntent/);
    expect(stdout).toMatch(/you> stop\n→ AMAZON\.StopIntent[\s\S]*\(session ended\)\nyou> quit\n?$/);
  });

  it('refuses a time zone that does not exist', async () => {
    const { code, stderr } = await converse(['--db', dbDir, '--tz', 'Mars/Base', '--say', 'help']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not an IANA time zone/);
  });

  it('refuses an impossible --date in one line instead of rolling it over', async () => {
    const { code, stdout, stderr } = await converse(['--db', dbDir, '--date', '2026-02-30', '--say', 'help']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('--date: not a date: "2026-02-30" (February 2026 has 28 days). npm start -- --help lists the options.\n');
  });

  it('speaks as the chosen locale: the UK crisis line with --locale en-GB', async () => {
    const { code, stdout } = await converse([
      '--db',
      dbDir,
      '--locale',
      'en-GB',
      '--tz',
      'Europe/London',
      '--say',
      'ask steady i want to hurt myself',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Samaritans/);
    expect(stdout).not.toMatch(/988/);
  });

  it('refuses a locale Steady has no model for', async () => {
    const { code, stderr } = await converse(['--db', dbDir, '--locale', 'de-DE', '--say', 'help']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      '--locale de-DE: Steady speaks en-US, en-GB, en-CA, en-AU, en-IN, es-US, es-MX, es-ES. npm start -- --help lists the options.\n',
    );
  });

  it('lets the user grant the reminders permission when Alexa asks, and the reminder is set', async () => {
    const { code, stdout } = await converse([
      '--db',
      dbDir,
      '--tz',
      'UTC',
      '--say',
      'ask steady to remind me to practise at 8 pm',
      '--say',
      'yes',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /directives: Connections\.SendRequest\n\(Alexa asks: "Do you allow Steady to use reminders\?" Answer yes or no\.\)\nyou> yes\n→ Connections\.Response: reminders accepted\nSteady:\n  I'll remind you every day at 8 PM\./,
    );
  });

  it('lets the user refuse it', async () => {
    const { stdout } = await converse(['--db', dbDir, '--tz', 'UTC', '--say', 'ask steady to remind me at 9 pm', '--say', 'no']);
    expect(stdout).toMatch(/→ Connections\.Response: reminders denied\nSteady:\n  That's okay, I won't set a reminder\./);
  });

  it('lets the user grant the timers permission for time on their own, and the timer is set on the loopback Timers API', async () => {
    const { code, stdout } = await converse([
      '--db',
      dbDir,
      '--tz',
      'UTC',
      '--say',
      "tell steady i'm taking twenty minutes for myself",
      '--say',
      'yes',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /\(Alexa asks: "Do you allow Steady to use timers\?" Answer yes or no\.\)\nyou> yes\n→ Connections\.Response: timers accepted/,
    );
    expect(stdout).toMatch(/Your 20 minutes start now\./);
  });

  it('--grant reminders sends the permission with every request, so nothing is asked', async () => {
    const { stdout } = await converse(['--db', dbDir, '--tz', 'UTC', '--grant', 'reminders', '--say', 'ask steady to remind me at 7 am']);
    expect(stdout).not.toMatch(/Alexa asks/);
    expect(stdout).toMatch(/I'll remind you every day at 7 AM\./);
  });

  it('a second npm start on the same history says what to do in one line', async () => {
    const first = execFile(TSX, ['tools/converse.ts', '--db', dbDir], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    try {
      await new Promise<void>((ready) => first.stdout?.on('data', (chunk: Buffer) => /Steady, locally/.test(chunk.toString()) && ready()));
      const second = await converse(['--db', dbDir, '--say', 'help']);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        /^Another npm start \(process \d+\) is using the practice history in .*: end it, or start this one with its own history: npm start -- --db .*-2\n$/,
      );
    } finally {
      first.stdin?.end('quit\n');
      await new Promise((ended) => first.once('exit', ended));
    }
  });
});
