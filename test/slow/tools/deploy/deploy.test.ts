import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ToolError } from '../../../../tools/lib/cli-errors';
import { type DeployEnvironment, type DeployOptions, deploy, runCommand } from '../../../../tools/deploy/deploy';
import { type SmapiStandIn, startSmapiStandIn } from '../../../support/deploy/smapi-stand-in';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const STAND_IN = path.join(ROOT, 'test', 'support', 'deploy', 'cdk-stand-in.js');
const TOKEN = 'Atza|stand-in-token';
const VENDOR = 'M2STANDINVENDOR';
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'es-US', 'es-MX', 'es-ES'];

interface Run {
  readonly code: number | undefined;
  readonly error: unknown;
  readonly printed: string[];
  readonly commands: Array<{ args: string[]; region: string; skillId: string }>;
}

describe('npm run deploy against loopback stand-ins of SMAPI and the CDK', () => {
  let smapi: SmapiStandIn;
  let root: string;
  let askConfig: string;
  let log: string;

  const writeAskConfig = (expiresAt: Date, token = TOKEN): void => {
    const profile = {
      vendor_id: VENDOR,
      token: { access_token: token, refresh_token: 'Atzr|unused', expires_at: expiresAt.toISOString() },
    };
    writeFileSync(askConfig, JSON.stringify({ profiles: { default: profile } }));
  };

  beforeEach(async () => {
    smapi = await startSmapiStandIn({ accessToken: TOKEN, vendorId: VENDOR });
    root = mkdtempSync(path.join(tmpdir(), 'steady-deploy-'));
    askConfig = path.join(root, 'cli_config');
    log = path.join(root, 'commands.jsonl');
    writeFileSync(log, '');
    writeAskConfig(new Date(Date.now() + 3600_000));
  });

  afterEach(async () => {
    await smapi.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function run(
    options: Partial<DeployOptions> = {},
    overrides: Partial<DeployEnvironment> = {},
    env: NodeJS.ProcessEnv = {},
  ): Promise<Run> {
    const printed: string[] = [];
    const environment: DeployEnvironment = {
      root,
      env: { PATH: process.env.PATH, STAND_IN_LOG: log, AWS_REGION: 'eu-west-1', ...env },
      askConfigPath: askConfig,
      smapiEndpoint: smapi.endpoint,
      cdk: [process.execPath, STAND_IN],
      renderTracks: [process.execPath, STAND_IN, 'render-tracks'],
      wait: { intervalMs: 5, timeoutMs: 5000 },
      run: runCommand,
      print: (line) => printed.push(line),
      ...overrides,
    };
    let code: number | undefined;
    let error: unknown;
    try {
      code = await deploy({ dryRun: false, askProfile: 'default', yes: true, ...options }, environment);
    } catch (caught) {
      error = caught;
    }
    const commands = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    return { code, error, printed, commands };
  }

  const memory = () => JSON.parse(readFileSync(path.join(root, '.local', 'deploy.json'), 'utf8'));
  const callsTo = (method: string, pattern: RegExp) => smapi.calls.filter((call) => call.method === method && pattern.test(call.path));

  it('creates the skill, remembers it, deploys the stack and uploads everything, then says what to say', async () => {
    const { code, error, printed, commands } = await run();
    expect(error).toBeUndefined();
    expect(code).toBe(0);
    const [skillId] = [...smapi.skills.keys()];
    expect(skillId).toMatch(/^amzn1\.ask\.skill\./);
    expect(memory()).toEqual({ skillId, invocationName: 'steady' });

    // The tracks are rendered before the stack, and the stack is deployed for this skill, in the checked region.
    expect(commands.map((c) => c.args[0])).toEqual(['render-tracks', 'deploy']);
    expect(commands[1]).toMatchObject({ region: 'eu-west-1', skillId });
    expect(commands[1]?.args).toEqual([
      'deploy',
      'Steady',
      '-c',
      `skillId=${skillId}`,
      '--outputs-file',
      '.local/cdk-outputs.json',
      '--require-approval',
      'never',
    ]);

    const skill = smapi.skills.get(skillId ?? '');
    const uploaded = skill?.manifest as { manifest: Record<string, any> };
    expect(uploaded.manifest.apis.custom.endpoint.uri).toBe(
      'arn:aws:lambda:eu-west-1:123456789012:function:Steady-SkillFunction4ADF40E6-AbCdEf123456',
    );
    expect(uploaded.manifest.privacyAndCompliance.locales['en-GB']).toEqual({
      privacyPolicyUrl: 'https://d111111abcdef8.cloudfront.net/privacy.html',
      termsOfUseUrl: 'https://d111111abcdef8.cloudfront.net/terms.html',
    });
    expect(uploaded.manifest.publishingInformation.locales['en-AU'].largeIconUri).toBe(
      'https://d111111abcdef8.cloudfront.net/icons/steady-512.png',
    );
    expect(JSON.parse(readFileSync(path.join(root, '.local', 'skill.json'), 'utf8'))).toEqual(uploaded);
    expect([...(skill?.models.keys() ?? [])]).toEqual(LOCALES);
    for (const model of skill?.models.values() ?? []) expect((model as any).interactionModel.languageModel.invocationName).toBe('steady');
    // Each locale gets its own language's model: Spanish samples for es-MX, English for en-GB.
    const samplesOf = (locale: string): string[] => {
      const model = skill?.models.get(locale) as any;
      return model.interactionModel.languageModel.intents.find((i: any) => i.name === 'BreatheIntent').samples;
    };
    expect(samplesOf('es-MX')).toContain('ayúdame a respirar');
    expect(samplesOf('es-ES')).toEqual(samplesOf('es-US'));
    expect(samplesOf('en-GB')).toContain('help me breathe');
    // A Spanish speaker reads the privacy policy and terms in Spanish; an English speaker in English.
    expect(uploaded.manifest.privacyAndCompliance.locales['es-ES']).toEqual({
      privacyPolicyUrl: 'https://d111111abcdef8.cloudfront.net/privacidad.html',
      termsOfUseUrl: 'https://d111111abcdef8.cloudfront.net/terminos.html',
    });
    expect(uploaded.manifest.privacyAndCompliance.locales['en-US']).toEqual({
      privacyPolicyUrl: 'https://d111111abcdef8.cloudfront.net/privacy.html',
      termsOfUseUrl: 'https://d111111abcdef8.cloudfront.net/terms.html',
    });
    expect(uploaded.manifest.publishingInformation.locales['es-MX'].examplePhrases[0]).toBe(
      'Alexa, pídele a Steady que me ayude a respirar',
    );
    expect(skill?.enabled).toBe(true);

    // The manifest is built before the models (it adds their locales), and testing comes last.
    const order = smapi.calls.filter((c) => c.method !== 'GET').map((c) => c.path.replace(skillId ?? '', 'ID'));
    expect(order).toEqual([
      '/v1/skills',
      '/v1/skills/ID/stages/development/manifest',
      ...LOCALES.map((l) => `/v1/skills/ID/stages/development/interactionModel/locales/${l}`),
      '/v1/skills/ID/stages/development/enablement',
    ]);
    expect(printed.at(-1)).toBe('Steady is live on the Echo devices of your Amazon account. Say: "Alexa, ask Steady to help me breathe".');
  });

  it('is safe to run again: the remembered skill is reused and everything is uploaded again', async () => {
    await run();
    const [skillId] = [...smapi.skills.keys()];
    smapi.calls.length = 0;
    const second = await run();
    expect(second.error).toBeUndefined();
    expect(smapi.skills.size).toBe(1);
    expect(callsTo('POST', /^\/v1\/skills$/)).toHaveLength(0);
    expect(callsTo('PUT', /interactionModel/)).toHaveLength(LOCALES.length);
    expect(second.commands.filter((c) => c.args[0] === 'deploy').map((c) => c.skillId)).toEqual([skillId, skillId]);
    expect(second.printed).toContain(`2. Skill ${skillId} (remembered in .local/deploy.json).`);
  });

  it('checks the region before anything else', async () => {
    const { error, commands } = await run({}, {}, { AWS_REGION: 'eu-central-1' });
    expect(error).toBeInstanceOf(ToolError);
    expect((error as Error).message).toBe(
      'Alexa cannot call a Lambda function in eu-central-1: choose one of us-east-1, eu-west-1, us-west-2 (us-east-1 for the US, Canada and Mexico, eu-west-1 for the UK, Spain and India, us-west-2 for Australia), with --region or AWS_REGION.',
    );
    expect(smapi.calls).toHaveLength(0);
    expect(commands).toHaveLength(0);
    expect(existsSync(path.join(root, '.local'))).toBe(false);
  });

  it("reports a failed model build with the builder's own words and enables nothing", async () => {
    smapi.failModel('en-IN', ['Sample utterance "help me {technique}" in intent "BreatheIntent" must include a carrier phrase.']);
    const { error } = await run();
    expect((error as Error).message).toBe(
      'The en-IN interaction model build failed: Sample utterance "help me {technique}" in intent "BreatheIntent" must include a carrier phrase.. Fix it and run npm run deploy again.',
    );
    expect([...smapi.skills.values()][0]?.enabled).toBe(false);
    // The id was remembered before the stack: the next run goes on with the same skill.
    expect(memory().skillId).toBe([...smapi.skills.keys()][0]);
  });

  it('refuses a remembered skill the account does not have, before deploying anything', async () => {
    mkdirSync(path.join(root, '.local'));
    writeFileSync(
      path.join(root, '.local', 'deploy.json'),
      JSON.stringify({ skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' }),
    );
    const { error, commands } = await run();
    expect((error as Error).message).toMatch(
      /^The skill amzn1\.ask\.skill\.0{8}-.* remembered in \.local\/deploy\.json is not in this developer account .*delete \.local\/deploy\.json to create a new skill\.$/,
    );
    expect(commands).toHaveLength(0);
  });

  it('deploys to a skill given with --skill-id, and remembers it', async () => {
    const given = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
    smapi.addSkill(given);
    const { error, commands } = await run({ skillId: given });
    expect(error).toBeUndefined();
    expect(callsTo('POST', /^\/v1\/skills$/)).toHaveLength(0);
    expect(commands.at(-1)?.skillId).toBe(given);
    expect(memory().skillId).toBe(given);
  });

  it('lets the ASK CLI renew an expired sign-in, then uses the new token', async () => {
    writeAskConfig(new Date(Date.now() - 60_000), 'Atza|expired');
    const renewed: string[] = [];
    const { error } = await run(
      {},
      {
        renewLogin: async (profile) => {
          renewed.push(profile);
          writeAskConfig(new Date(Date.now() + 3600_000));
        },
      },
    );
    expect(error).toBeUndefined();
    expect(renewed).toEqual(['default']);
    expect(smapi.calls.length).toBeGreaterThan(0);
  });

  it('deploys under the two-word name when asked, and keeps it for later runs', async () => {
    await run({ twoWordName: true });
    const skill = [...smapi.skills.values()][0];
    for (const model of skill?.models.values() ?? [])
      expect((model as any).interactionModel.languageModel.invocationName).toBe('steady calm');
    const listing = (skill?.manifest as any)?.manifest.publishingInformation.locales['en-US'];
    expect(listing.examplePhrases[0]).toBe('Alexa, ask Steady Calm to help me breathe');
    const spanish = (skill?.manifest as any)?.manifest.publishingInformation.locales['es-ES'];
    expect(spanish.examplePhrases).toEqual([
      'Alexa, pídele a Steady Calm que me ayude a respirar',
      'Alexa, pídele a Steady Calm que me ayude a dormir',
      'Alexa, pregúntale a Steady Calm cuántos días llevo',
    ]);
    expect(memory().invocationName).toBe('steady calm');
    const again = await run();
    expect(again.printed.at(-1)).toMatch(/Say: "Alexa, ask Steady Calm to help me breathe"/);
  });

  it('passes the alarm email to the stack', async () => {
    const { commands } = await run({ alarmEmail: 'me@example.org' });
    expect(commands.at(-1)?.args).toEqual(expect.arrayContaining(['-c', 'alarmEmail=me@example.org']));
  });

  it('stops with one line when cdk deploy fails, and uploads nothing', async () => {
    const { error } = await run({}, {}, { STAND_IN_FAIL: 'deploy' });
    expect((error as Error).message).toMatch(
      /^`.*cdk-stand-in\.js deploy Steady .*` failed \(exit 3\): read its output above, fix it, and run npm run deploy again\.$/,
    );
    expect(callsTo('PUT', /manifest|interactionModel/)).toHaveLength(0);
  });

  it('stops when the stack has no public address for the policy pages', async () => {
    const { error } = await run({}, {}, { STAND_IN_NO_PUBLIC_URL: '1' });
    expect((error as Error).message).toMatch(/no PublicBaseUrl output/);
    expect(callsTo('PUT', /manifest/)).toHaveLength(0);
  });

  it('says so when package.json has no render-tracks script, and goes on', async () => {
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: {} }));
    const { error, printed, commands } = await run({}, { renderTracks: undefined });
    expect(error).toBeUndefined();
    expect(printed).toContain('3. No audio tracks to render: package.json has no render-tracks script.');
    expect(commands.map((c) => c.args[0])).toEqual(['deploy']);
  });

  it('--dry-run prints the plan and touches nothing', async () => {
    const { code, printed, commands } = await run({ dryRun: true });
    expect(code).toBe(0);
    expect(printed[0]).toBe('Steady deploy plan (dry run: nothing is created, deployed or written)');
    expect(printed).toEqual(
      expect.arrayContaining([
        ' 1. Region: eu-west-1, where Alexa can call a function. Checked before anything else.',
        ` 2. Sign-in: ASK profile default in ${askConfig}, vendor ${VENDOR}.`,
        ' 4. Audio tracks: ' + `${process.execPath} ${STAND_IN} render-tracks.`,
        ' 7. Interaction models: en-US, en-GB, en-CA, en-AU, en-IN (each its own file in interaction-models/, written from en-US.json); es-US, es-MX, es-ES (each its own file in interaction-models/, written from es-US.json), with the invocation name "steady", each uploaded and its build waited for. (A one-word name needs proof of brand at certification; --two-word-name deploys as "steady calm".)',
        ' 9. Then say to your Echo: "Alexa, ask Steady to help me breathe" (in Spanish: "Alexa, pídele a Steady que me ayude a respirar").',
        'Ready: npm run deploy runs these steps.',
      ]),
    );
    expect(smapi.calls).toHaveLength(0);
    expect(commands).toHaveLength(0);
    expect(existsSync(path.join(root, '.local'))).toBe(false);
  });
});

describe('npm run deploy -- --dry-run on a fresh clone', () => {
  it('prints the plan without an AWS or ASK sign-in', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'steady-home-'));
    try {
      const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          path.join(ROOT, 'node_modules', '.bin', 'tsx'),
          ['tools/deploy/cli.ts', '--dry-run'],
          { cwd: ROOT, env: { PATH: process.env.PATH, HOME: home }, timeout: 60_000 },
          (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out, stderr: err }),
        );
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Steady deploy plan/);
      expect(stdout).toMatch(/ 1\. Region: ✗ No AWS region is set/);
      expect(stdout).toMatch(
        / 5\. Stack: npx cdk deploy Steady -c "skillId=<the new skill id>" --outputs-file \.local\/cdk-outputs\.json\./,
      );
      expect(stdout).toMatch(
        /Before a real run: 2 thing\(s\) to fix:\n  - No AWS region is set[^\n]*\n  - No ASK CLI sign-in at [^\n]*ask configure/,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
