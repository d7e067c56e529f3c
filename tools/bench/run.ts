/**
 * `npm run bench`: Steady against two reference skills, in one run, interleaved, judged on the
 * three ratios of docs/benchmark.md.
 *
 *   --quick   fewer iterations (a smoke run; below the sample sizes the targets are judged on)
 *   --check   exit 1 when a target is missed (otherwise the run always exits 0: it measures)
 *
 * See docs/benchmark.md for what is measured and how.
 */
import { DEBUG_VARIABLE, oneLine } from '../lib/cli-errors';
import { writeFile } from 'node:fs/promises';
import { cpus, platform, arch } from 'node:os';
import { join, relative } from 'node:path';
import { biggestInputs, buildBenchBundles, OUT_DIR, PROJECT_ROOT, SKILLS, type SkillId } from './bundles';
import { measureColdStarts } from './cold';
import {
  biggestInputsTable,
  checkTargets,
  judgedRatiosText,
  markdownResults,
  resultsTable,
  ssmlTable,
  summarise,
  targetsText,
  type Summary,
} from './report';
import { startBenchServices, skillEnvironment } from './services';
import type { measureSsmlBuild } from './ssml-build';
import { measureFaultAnswers, measureWriteCapacity } from './practice-path';
import { measureWarmRequests } from './warm';
import { benchEnvelope, REQUEST_KINDS } from './workload';
import { wordsFor } from '../../lambda/content/words';

const CALM_APOLOGY = wordsFor('en-US').conversation.apology;
const FALLBACK_TEXT = wordsFor('en-US').conversation.notUnderstood.text;

interface Plan {
  readonly coldRuns: number;
  readonly users: number;
  readonly containersPerSkill: number;
  readonly batch: number;
  readonly warmupRounds: number;
  readonly measuredRounds: number;
  readonly ssmlIterations: number;
  readonly ssmlWarmup: number;
}

/**
 * Warm-up rounds also warm DynamoDB Local, a JVM that keeps speeding up over its first few
 * thousand requests: what a warm container meets on DynamoDB itself is a service already warm.
 * Each container sees every user in its warm-up. With 150 users, each practises about eight times
 * on the benchmark's day, as a keen user might.
 */
const FULL: Plan = {
  coldRuns: 25,
  users: 150,
  containersPerSkill: 3,
  batch: 10,
  warmupRounds: 20,
  measuredRounds: 20,
  ssmlIterations: 3000,
  ssmlWarmup: 500,
};
const QUICK: Plan = { ...FULL, coldRuns: 5, warmupRounds: 12, measuredRounds: 4, ssmlIterations: 300, ssmlWarmup: 100 };

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--help')) {
    log('usage: npm run bench [-- --quick] [-- --check]');
    return 0;
  }
  const plan = args.has('--quick') ? QUICK : FULL;
  const started = Date.now();

  log('building the three bundles as the stack builds Steady’s…');
  const bundles = await buildBenchBundles();

  log('starting DynamoDB Local and the Settings API stand-in…');
  const services = await startBenchServices();
  try {
    log(`cold starts: ${plan.coldRuns} fresh processes per skill, interleaved, after one discarded round…`);
    const cold = await measureColdStarts(
      bundles.coldChild,
      SKILLS,
      bundles.skills,
      (skill) => skillEnvironment(skill, services),
      (run) => benchEnvelope('breathing', run % plan.users, services.settingsApiEndpoint),
      plan.coldRuns,
    );

    const perKind = plan.batch * plan.measuredRounds * plan.containersPerSkill;
    log(
      `warm requests: ${plan.containersPerSkill} containers per skill, ${perKind} of each kind per skill after ` +
        `${plan.batch * plan.warmupRounds} of warm-up per container, interleaved…`,
    );
    const warm = await measureWarmRequests(
      SKILLS,
      bundles.warmChild,
      (skill, copy) => ({
        ...skillEnvironment(skill, services),
        BENCH_BUNDLE: bundles.skills[skill].file,
        BENCH_API_ENDPOINT: services.settingsApiEndpoint,
        BENCH_USERS: String(plan.users),
        BENCH_FIRST_USER: String(Math.floor((copy * plan.users) / plan.containersPerSkill)),
      }),
      plan,
      (round, rounds) => {
        if (round % 4 === 0 || round === rounds) log(`  round ${round}/${rounds} (${elapsed(started)})`);
      },
    );

    log(`SSML session builds: ${plan.ssmlIterations} of each, interleaved, in process…`);
    // The bundled build of ssml-build.ts: Steady's code as the Lambda runs it, not through tsx.
    const ssmlBuild = require(bundles.ssmlBuild) as { measureSsmlBuild: typeof measureSsmlBuild };
    const ssml = ssmlBuild.measureSsmlBuild(plan.ssmlIterations, plan.ssmlWarmup);

    log('the practice path: write capacity as the history grows, and answers under faults…');
    const practice = {
      capacity: await measureWriteCapacity(services.dynamoDbEndpoint),
      faults: await measureFaultAnswers(),
    };

    const measurements = { bundles: bundles.skills, cold, warm, ssml };
    const summaries = Object.fromEntries(SKILLS.map((skill) => [skill, summarise(measurements, skill)])) as Record<SkillId, Summary>;
    const checks = checkTargets(summaries, ssml, practice);
    const inputs = biggestInputs(bundles.skills.steady.metafile);

    const heading =
      `Steady benchmark · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · node ${process.version} · ` +
      `${platform()} ${arch()} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}` +
      (plan === QUICK ? ' · QUICK RUN (small samples)' : '');
    const sampleNote =
      `cold: median of ${plan.coldRuns} fresh processes per skill; warm: ${perKind} requests of each kind per skill ` +
      `over ${plan.containersPerSkill} containers, ${plan.users} users; no NODE_OPTIONS, as on the stack`;
    const printed = [
      heading,
      sampleNote,
      '',
      resultsTable(summaries),
      '',
      ssmlTable(ssml),
      '',
      targetsText(checks),
      '',
      judgedRatiosText(summaries),
      '',
      biggestInputsTable(inputs, bundles.skills.steady.bytes),
    ].join('\n');
    process.stdout.write(`${printed}\n\n`);

    for (const skill of SKILLS) {
      const said = REQUEST_KINDS.map((kind) => `${kind}: “${(warm[skill].speech[kind] ?? '(nothing)').slice(0, 60)}…”`);
      log(`${skill} answered  ${said.join('  ')}`);
      if (summaries[skill].failures > 0) log(`  ${skill}: ${summaries[skill].failures} requests threw`);
    }
    for (const kind of REQUEST_KINDS) {
      const speech = warm.steady.speech[kind] ?? '';
      if (speech.startsWith(CALM_APOLOGY.slice(0, 30)) || speech.startsWith(FALLBACK_TEXT.slice(0, 30))) {
        log(`WARNING: Steady answered every ${kind} request with its error or fallback reply; its timings are not the real ${kind}.`);
      }
    }

    const resultsFile = join(OUT_DIR, 'results.json');
    const markdownFile = join(OUT_DIR, 'results.md');
    await writeFile(
      resultsFile,
      JSON.stringify({ heading, plan, summaries, ssml, practice, checks, biggestInputs: inputs.slice(0, 25) }, null, 2),
    );
    await writeFile(markdownFile, markdownResults(heading, sampleNote, summaries, ssml, checks));
    log(`results: ${relative(PROJECT_ROOT, resultsFile)}, ${relative(PROJECT_ROOT, markdownFile)} (${elapsed(started)})`);

    const missed = checks.filter((c) => !c.pass).length;
    return args.has('--check') && missed > 0 ? 1 : 0;
  } finally {
    await services.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(oneLine(error, 'npm run bench'));
    if (process.env[DEBUG_VARIABLE])
      log(error instanceof Error ? `${error.stack ?? error.message}\ncaused by: ${String(error.cause)}` : String(error));
    process.exit(2);
  },
);
