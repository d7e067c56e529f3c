/**
 * `npm run deploy`: from an AWS profile and an `ask configure` sign-in to a skill you can talk to.
 * The steps, in order: the region check (before anything else), the skill id (given, remembered
 * in .local/deploy.json, or a new skill created and remembered at once), the audio tracks, `cdk
 * deploy`, the manifest with the function as its endpoint and the public pages' addresses, the
 * interaction models of every locale, English and Spanish (each build waited for), testing
 * enabled, and what to say to the Echo.
 * Every step can run again: the uploads replace what is there, and the remembered id is reused.
 * `--dry-run` prints the same steps, reading local files only.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { STACK_NAME } from '../../infra/stack-outputs';
import { ToolError } from '../lib/cli-errors';
import { LANGUAGES, MODEL_LOCALES, staleLocales } from '../generate-locales';
import { type AskLogin, askConfigPath, freshAskLogin, type LoginRenewer, readAskLogin } from './ask-login';
import { ONE_WORD_INVOCATION_NAME, spokenName, TWO_WORD_INVOCATION_NAME } from './invocation-name';
import { manifestProblems } from './manifest-checks';
import { regionProblem, requireAlexaRegion } from './regions';
import { DEFAULT_WAIT, type SkillApi, smapiSkillApi, type WaitOptions, waitForBuild } from './skill-api';
import { deployableManifest, PROJECT_ROOT, readManifest, readModel, stackOutputs, withInvocationName } from './skill-manifest';

export interface DeployOptions {
  readonly dryRun: boolean;
  readonly region?: string;
  /** The AWS profile for `cdk deploy`; otherwise the SDK's default chain. */
  readonly awsProfile?: string;
  readonly askProfile: string;
  readonly skillId?: string;
  /** Switch the remembered invocation name: true for the two-word name, false for "steady". */
  readonly twoWordName?: boolean;
  readonly alarmEmail?: string;
  /** Pass `--require-approval never` to cdk (for unattended runs). */
  readonly yes: boolean;
}

/** A command to run: the program and its first arguments. */
export type Command = readonly [string, ...string[]];

export interface DeployEnvironment {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly askConfigPath: string;
  readonly smapiEndpoint?: string;
  readonly cdk: Command;
  /** Undefined: `npm run render-tracks` when package.json has that script. */
  readonly renderTracks?: Command;
  readonly wait: WaitOptions;
  readonly renewLogin?: LoginRenewer;
  readonly skillApi?: (login: AskLogin) => SkillApi;
  readonly run: (command: Command, args: readonly string[], context: { env: NodeJS.ProcessEnv; cwd: string }) => Promise<void>;
  readonly print: (line: string) => void;
}

export const LOCAL_DIRECTORY = '.local';
export const MEMORY_FILE = path.join(LOCAL_DIRECTORY, 'deploy.json');
export const OUTPUTS_FILE = path.join(LOCAL_DIRECTORY, 'cdk-outputs.json');
export const DEPLOYABLE_MANIFEST_FILE = path.join(LOCAL_DIRECTORY, 'skill.json');

/** What the deploy remembers between runs, in .local/deploy.json (git-ignored). */
export interface DeployMemory {
  skillId?: string;
  invocationName?: string;
}

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/i;

export function readMemory(root: string): DeployMemory {
  const file = path.join(root, MEMORY_FILE);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DeployMemory;
  } catch {
    throw new ToolError(`${MEMORY_FILE} is not readable JSON: fix or delete it (it only remembers the skill id) and run again.`);
  }
}

function remember(root: string, memory: DeployMemory): void {
  mkdirSync(path.join(root, LOCAL_DIRECTORY), { recursive: true });
  writeFileSync(path.join(root, MEMORY_FILE), `${JSON.stringify(memory, null, 2)}\n`);
}

/** The region `cdk deploy` will use: the flag, the environment, or the AWS profile's config. */
export async function resolveRegion(options: DeployOptions, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (options.region) return options.region;
  const fromEnv = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (fromEnv) return fromEnv;
  const saved = { profile: process.env.AWS_PROFILE };
  if (options.awsProfile) process.env.AWS_PROFILE = options.awsProfile;
  const client = new DynamoDBClient({});
  try {
    return await client.config.region();
  } catch {
    return undefined;
  } finally {
    client.destroy();
    if (options.awsProfile) {
      if (saved.profile === undefined) delete process.env.AWS_PROFILE;
      else process.env.AWS_PROFILE = saved.profile;
    }
  }
}

function renderTracksCommand(environment: DeployEnvironment): Command | undefined {
  if (environment.renderTracks) return environment.renderTracks;
  const scripts = (JSON.parse(readFileSync(path.join(environment.root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
    .scripts;
  return scripts?.['render-tracks'] ? ['npm', 'run', 'render-tracks'] : undefined;
}

function cdkArguments(options: DeployOptions, skillId: string): string[] {
  return [
    'deploy',
    STACK_NAME,
    '-c',
    `skillId=${skillId}`,
    ...(options.alarmEmail ? ['-c', `alarmEmail=${options.alarmEmail}`] : []),
    '--outputs-file',
    OUTPUTS_FILE,
    ...(options.awsProfile ? ['--profile', options.awsProfile] : []),
    ...(options.yes ? ['--require-approval', 'never'] : []),
  ];
}

const shown = (command: Command, args: readonly string[]): string =>
  [...command, ...args].map((part) => (/\s/.test(part) ? `"${part}"` : part)).join(' ');

function invocationNameFor(options: DeployOptions, memory: DeployMemory): string {
  if (options.twoWordName === true) return TWO_WORD_INVOCATION_NAME;
  if (options.twoWordName === false) return ONE_WORD_INVOCATION_NAME;
  return memory.invocationName ?? ONE_WORD_INVOCATION_NAME;
}

/** The manifest a new skill is created with; the full one is uploaded once the stack exists. */
const NEW_SKILL_MANIFEST = {
  manifestVersion: '1.0',
  publishingInformation: { locales: { 'en-US': { name: 'Steady' } } },
  apis: { custom: {} },
};

export async function deploy(options: DeployOptions, environment: DeployEnvironment): Promise<number> {
  const { root, print } = environment;
  const memory = readMemory(root);
  const region = await resolveRegion(options, environment.env);
  const invocationName = invocationNameFor(options, memory);
  const phrase = `Alexa, ask ${spokenName(invocationName)} to help me breathe`;
  const spanishPhrase = `Alexa, pídele a ${spokenName(invocationName)} que me ayude a respirar`;
  const renderTracks = renderTracksCommand(environment);
  const givenSkillId = options.skillId ?? environment.env.SKILL_ID;
  if (givenSkillId !== undefined && !SKILL_ID.test(givenSkillId))
    throw new ToolError(`"${givenSkillId}" is not an Alexa skill id (amzn1.ask.skill.<uuid>): copy it from the developer console.`);

  if (options.dryRun) return printPlan();

  // 1. The region, before anything is created or deployed.
  const alexaRegion = requireAlexaRegion(region);
  print(`1. Region ${alexaRegion}: Alexa can call a function there.`);

  // 2. The sign-in and the skill.
  const login = await freshAskLogin({
    profile: options.askProfile,
    configPath: environment.askConfigPath,
    environment: environment.env,
    ...(environment.renewLogin ? { renew: environment.renewLogin } : {}),
  });
  const api = (
    environment.skillApi ??
    ((l: AskLogin) =>
      smapiSkillApi({ accessToken: l.accessToken, ...(environment.smapiEndpoint ? { endpoint: environment.smapiEndpoint } : {}) }))
  )(login);
  let skillId = givenSkillId ?? memory.skillId;
  if (skillId) {
    if (!(await api.skillExists(skillId))) {
      const where = givenSkillId ? 'given' : `remembered in ${MEMORY_FILE}`;
      throw new ToolError(
        `The skill ${skillId} ${where} is not in this developer account (${login.source}): pass the right --skill-id or --ask-profile, or delete ${MEMORY_FILE} to create a new skill.`,
      );
    }
    print(`2. Skill ${skillId} (${givenSkillId ? 'given' : `remembered in ${MEMORY_FILE}`}).`);
  } else {
    skillId = await api.createSkill(login.vendorId, { manifest: NEW_SKILL_MANIFEST });
    remember(root, { ...memory, skillId, invocationName });
    print(`2. Created the skill ${skillId}; remembered in ${MEMORY_FILE}.`);
    const created = skillId;
    await waitForBuild('new skill', () => api.manifestState(created), environment.wait);
  }
  remember(root, { ...memory, skillId, invocationName });

  // 3. The audio tracks, then the stack.
  const childEnv: NodeJS.ProcessEnv = { ...environment.env, AWS_REGION: alexaRegion, AWS_DEFAULT_REGION: alexaRegion, SKILL_ID: skillId };
  if (renderTracks) {
    print(`3. Rendering the audio tracks: ${shown(renderTracks, [])}`);
    await environment.run(renderTracks, [], { env: childEnv, cwd: root });
  } else {
    print('3. No audio tracks to render: package.json has no render-tracks script.');
  }
  const cdkArgs = cdkArguments(options, skillId);
  print(`4. Deploying the stack: ${shown(environment.cdk, cdkArgs)}`);
  await environment.run(environment.cdk, cdkArgs, { env: childEnv, cwd: root });

  // 4. The manifest.
  const outputsFile = path.join(root, OUTPUTS_FILE);
  if (!existsSync(outputsFile))
    throw new ToolError(`cdk deploy wrote no ${OUTPUTS_FILE}: run npm run deploy again, and check cdk's output above.`);
  const outputs = stackOutputs(JSON.parse(readFileSync(outputsFile, 'utf8')));
  if (outputs.region !== alexaRegion)
    throw new ToolError(`The stack went to ${outputs.region}, not ${alexaRegion}: check AWS_REGION and the AWS profile's region.`);
  if (!outputs.publicBaseUrl)
    throw new ToolError(
      'The stack has no PublicBaseUrl output, so the privacy policy and icons have no address: deploy a stack that includes infra/public-content.ts.',
    );
  const manifest = deployableManifest(readManifest(), {
    functionArn: outputs.functionArn,
    publicBaseUrl: outputs.publicBaseUrl,
    invocationName,
  });
  const problems = manifestProblems(manifest, { invocationName });
  if (problems.length > 0) throw new ToolError(`The manifest breaks ${problems.length} certification rule(s): ${problems.join('; ')}.`);
  writeFileSync(path.join(root, DEPLOYABLE_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  print(`5. Uploading the manifest (endpoint ${outputs.functionArn}; pages on ${outputs.publicBaseUrl}).`);
  await api.updateManifest(skillId, manifest);
  const id = skillId;
  await waitForBuild('manifest', () => api.manifestState(id), environment.wait);

  // 5. The interaction models, after the manifest has added their locales.
  for (const locale of MODEL_LOCALES) {
    print(`6. Uploading the ${locale} interaction model ("${invocationName}") and waiting for its build.`);
    await api.setInteractionModel(id, locale, withInvocationName(readModel(locale), invocationName));
    await waitForBuild(`${locale} interaction model`, () => api.modelState(id, locale), environment.wait);
  }

  // 6. Testing, and what to say.
  await api.enableTesting(id);
  print('7. Testing is enabled in the development stage.');
  print(`Steady is live on the Echo devices of your Amazon account. Say: "${phrase}".`);
  return 0;

  function printPlan(): number {
    const blockers: string[] = [];
    const problem = regionProblem(region);
    if (problem) blockers.push(problem);
    let login: AskLogin | undefined;
    try {
      login = readAskLogin({ profile: options.askProfile, configPath: environment.askConfigPath, environment: environment.env });
    } catch (error) {
      blockers.push(error instanceof Error ? error.message : String(error));
    }
    const skillId = givenSkillId ?? memory.skillId;
    const skillIdArgument = skillId ?? '<the new skill id>';
    const committedProblems = manifestProblems(readManifest(), { invocationName: ONE_WORD_INVOCATION_NAME });
    blockers.push(...committedProblems);
    blockers.push(...staleModelProblems());
    const lines = [
      'Steady deploy plan (dry run: nothing is created, deployed or written)',
      ` 1. Region: ${problem ? `✗ ${problem}` : `${region}, where Alexa can call a function.`} Checked before anything else.`,
      ` 2. Sign-in: ${login ? `ASK ${login.source}, vendor ${login.vendorId}` : '✗ none (see below)'}.`,
      skillId
        ? ` 3. Skill: ${skillId} (${givenSkillId ? 'given' : `remembered in ${MEMORY_FILE}`}), checked to exist in the account.`
        : ` 3. Skill: none yet. Create one named Steady through the Skill Management API and remember its id in ${MEMORY_FILE}.`,
      ` 4. Audio tracks: ${renderTracks ? shown(renderTracks, []) : 'skipped: package.json has no render-tracks script'}.`,
      ` 5. Stack: ${shown(environment.cdk, cdkArguments(options, skillIdArgument))}${region && !problem ? ` in ${region}` : ''}.`,
      ` 6. Manifest: skill-package/skill.json with the stack's SkillFunctionArn as endpoint and its PublicBaseUrl for the privacy policy, terms and icons; checked (${committedProblems.length === 0 ? 'passes' : `✗ ${committedProblems.length} problem(s)`}), written to ${DEPLOYABLE_MANIFEST_FILE}, uploaded, its build waited for.`,
      ` 7. Interaction models: ${modelsByLanguage()}, with the invocation name "${invocationName}", each uploaded and its build waited for.${invocationName.includes(' ') ? '' : ` (A one-word name needs proof of brand at certification; --two-word-name deploys as "${TWO_WORD_INVOCATION_NAME}".)`}`,
      ' 8. Testing: enabled for your account in the development stage.',
      ` 9. Then say to your Echo: "${phrase}" (in Spanish: "${spanishPhrase}").`,
    ];
    for (const line of lines) print(line);
    if (blockers.length > 0) {
      print(`Before a real run: ${blockers.length} thing(s) to fix:`);
      for (const blocker of blockers) print(`  - ${blocker}`);
    } else {
      print('Ready: npm run deploy runs these steps.');
    }
    return 0;
  }
}

/** The locales whose models are uploaded, by language, with the source each is written from. */
function modelsByLanguage(): string {
  return Object.values(LANGUAGES)
    .map(
      ({ source, generated }) =>
        `${[source, ...generated].join(', ')} (each its own file in interaction-models/, written from ${source}.json)`,
    )
    .join('; ');
}

/** A model file that is missing or out of date with its language's source, as a thing to fix. */
function staleModelProblems(): string[] {
  try {
    const stale = staleLocales();
    return stale.length === 0 ? [] : [`The ${stale.join(', ')} interaction models are out of date: run npx tsx tools/generate-locales.ts.`];
  } catch (error) {
    return [`The interaction models cannot be read: ${error instanceof Error ? error.message : String(error)}.`];
  }
}

/** Runs a command with the terminal attached; a missing program or a failure is one line. */
export function runCommand(command: Command, args: readonly string[], context: { env: NodeJS.ProcessEnv; cwd: string }): Promise<void> {
  const [program, ...first] = command;
  return new Promise((done, failed) => {
    const child = spawn(program, [...first, ...args], { stdio: 'inherit', env: context.env, cwd: context.cwd });
    child.once('error', (error: NodeJS.ErrnoException) =>
      failed(
        new ToolError(
          error.code === 'ENOENT'
            ? `${program} is not installed: run npm ci in the project first.`
            : `${program} could not start: ${error.message}.`,
        ),
      ),
    );
    child.once('exit', (code, signal) => {
      if (code === 0) return done();
      failed(
        new ToolError(
          `\`${shown(command, args)}\` ${signal ? `was stopped by ${signal}` : `failed (exit ${code})`}: read its output above, fix it, and run npm run deploy again.`,
        ),
      );
    });
  });
}

export function defaultEnvironment(): DeployEnvironment {
  return {
    root: PROJECT_ROOT,
    env: process.env,
    askConfigPath: askConfigPath(),
    cdk: ['npx', 'cdk'],
    wait: DEFAULT_WAIT,
    run: runCommand,
    print: (line) => console.log(line),
  };
}
