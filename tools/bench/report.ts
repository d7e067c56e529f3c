/** Turns the measurements into the printed table, the ratios and the checks against the targets. */
import type { InputShare, SkillBundle, SkillId } from './bundles';
import type { ColdSamples } from './cold';
import type { CallCounts } from './protocol';
import type { CapacityResult, FaultResult } from './practice-path';
import type { SsmlResult } from './ssml-build';
import { median, quantile } from './stats';
import type { WarmResult } from './warm';
import { REQUEST_KINDS, type RequestKind } from './workload';

export interface BenchMeasurements {
  readonly bundles: Readonly<Record<SkillId, SkillBundle>>;
  readonly cold: ColdSamples;
  readonly warm: Readonly<Record<SkillId, WarmResult>>;
  readonly ssml: readonly SsmlResult[];
}

/**
 * The targets, as ratios within one run (and absolute limits). A practice reads, plans, then
 * records: two round trips one after the other, so its request times are judged against the
 * read-write floor (those two calls and nothing else), not against minimal's one blind write.
 * Loading the bundle involves no table, so the cold load is judged against minimal.
 */
export const TARGETS = {
  warmBreathingVsFloor: 1.5,
  coldFirstRequestVsFloor: 2,
  coldLoadVsMinimal: 1.1,
  /** 800 KB, counted as 800,000 bytes. */
  bundleBytes: 800_000,
  /** Every answer under a fault, in ms. */
  faultAnswerMs: 6000,
  /** The SSML build of every session, 20 minutes included, under 1 ms on average. */
  ssmlLongestMeanUs: 1000,
} as const;

/** The practice path's own measurements (tools/bench/practice-path.ts). */
export interface PracticePathResults {
  readonly capacity: CapacityResult;
  readonly faults: readonly FaultResult[];
}

export interface Summary {
  readonly bundleBytes: number;
  readonly gzipBytes: number;
  readonly sourceMapBytes: number;
  readonly coldLoadMs: number;
  readonly coldFirstRequestMs: number;
  readonly coldRssAfterLoadMb: number;
  /** Outbound calls a cold start made while its bundle loaded, summed over every cold start. */
  readonly coldLoadCalls: number;
  /** DynamoDB calls and Settings API lookups per first request on a new container. */
  readonly coldFirstRequestDynamoDb: number;
  readonly coldFirstRequestSettingsApi: number;
  readonly warmP50Ms: Record<RequestKind, number>;
  readonly warmP99Ms: Record<RequestKind, number>;
  /** The container's own CPU time per request, p50: the skill's work without DynamoDB Local's. */
  readonly warmCpuP50Ms: Record<RequestKind, number>;
  /** p50 of the time a request waited on DynamoDB, and of the rest of its wall time. */
  readonly warmTableWaitP50Ms: Record<RequestKind, number>;
  readonly warmOwnP50Ms: Record<RequestKind, number>;
  readonly warmSamples: number;
  readonly peakRssMb: number;
  /** DynamoDB calls and Settings API lookups per warm request, by kind. */
  readonly dynamoDbPerRequest: Record<RequestKind, number>;
  readonly dynamoDbOperations: Record<RequestKind, Record<string, number>>;
  readonly settingsApiPerRequest: Record<RequestKind, number>;
  readonly logBytesPerRequest: Record<RequestKind, number>;
  readonly failures: number;
}

function perKind<T>(value: (kind: RequestKind) => T): Record<RequestKind, T> {
  return Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, value(kind)])) as Record<RequestKind, T>;
}

function dynamoDbCount(calls: CallCounts): number {
  return Object.values(calls.dynamodb).reduce((sum, n) => sum + n, 0);
}

function callCount(calls: CallCounts): number {
  return dynamoDbCount(calls) + calls.settingsApi + calls.otherHttp;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, n) => sum + n, 0) / values.length;
}

function perRequest(calls: CallCounts, count: number): number {
  return calls.requests === 0 ? 0 : count / calls.requests;
}

export function summarise(m: BenchMeasurements, skill: SkillId): Summary {
  const bundle = m.bundles[skill];
  const cold = m.cold[skill];
  const warm = m.warm[skill];
  const ms = (us: number) => us / 1000;
  return {
    bundleBytes: bundle.bytes,
    gzipBytes: bundle.gzipBytes,
    sourceMapBytes: bundle.sourceMapBytes,
    coldLoadMs: median(cold.map((s) => s.loadMs)),
    coldFirstRequestMs: median(cold.map((s) => s.firstRequestMs)),
    coldRssAfterLoadMb: median(cold.map((s) => s.rssAfterLoadKb)) / 1024,
    coldLoadCalls: cold.reduce((sum, s) => sum + callCount(s.loadCalls), 0),
    coldFirstRequestDynamoDb: mean(cold.map((s) => dynamoDbCount(s.firstRequestCalls))),
    coldFirstRequestSettingsApi: mean(cold.map((s) => s.firstRequestCalls.settingsApi)),
    warmP50Ms: perKind((kind) => ms(median(warm.samplesUs[kind]))),
    warmP99Ms: perKind((kind) => ms(quantile(warm.samplesUs[kind], 0.99))),
    warmCpuP50Ms: perKind((kind) => ms(median(warm.cpuUs[kind]))),
    warmTableWaitP50Ms: perKind((kind) => ms(median(warm.tableWaitUs[kind]))),
    warmOwnP50Ms: perKind((kind) => ms(median(warm.samplesUs[kind].map((us, i) => us - (warm.tableWaitUs[kind][i] ?? 0))))),
    warmSamples: Math.min(...REQUEST_KINDS.map((kind) => warm.samplesUs[kind].length)),
    peakRssMb: warm.maxRssKb / 1024,
    dynamoDbPerRequest: perKind((kind) => perRequest(warm.calls[kind], dynamoDbCount(warm.calls[kind]))),
    dynamoDbOperations: perKind((kind) =>
      Object.fromEntries(Object.entries(warm.calls[kind].dynamodb).map(([op, n]) => [op, perRequest(warm.calls[kind], n)])),
    ),
    settingsApiPerRequest: perKind((kind) => perRequest(warm.calls[kind], warm.calls[kind].settingsApi)),
    logBytesPerRequest: perKind((kind) => perRequest(warm.calls[kind], warm.calls[kind].logBytes)),
    failures: REQUEST_KINDS.reduce((sum, kind) => sum + warm.calls[kind].failures, 0),
  };
}

const LABELS: Readonly<Record<SkillId, string>> = {
  steady: 'Steady',
  minimal: 'minimal',
  floor: 'read-write',
};
const KIND_LABELS: Readonly<Record<RequestKind, string>> = { breathing: 'breathing', summary: 'summary', launch: 'launch' };

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const msText = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const ratio = (value: number) => `${value.toFixed(2)}×`;
const calls = (value: number) => value.toFixed(2);

interface Row {
  readonly label: string;
  readonly cells: readonly string[];
  /** Steady's figure over minimal's and over the read-write floor's. */
  readonly ratios?: readonly [number, number];
}

export function resultRows(s: Readonly<Record<SkillId, Summary>>): Row[] {
  const row = (label: string, pick: (x: Summary) => number, format: (n: number) => string, withRatio = false): Row => {
    const values = [pick(s.steady), pick(s.minimal), pick(s.floor)];
    return {
      label,
      cells: values.map(format),
      ...(withRatio ? { ratios: [values[0]! / values[1]!, values[0]! / values[2]!] as const } : {}),
    };
  };
  const rows: Row[] = [
    row('bundle, minified', (x) => x.bundleBytes, kb, true),
    row('bundle, gzip -9', (x) => x.gzipBytes, kb),
    row('source map', (x) => x.sourceMapBytes, kb),
    row('cold load, median ms', (x) => x.coldLoadMs, msText, true),
    row('cold 1st request, median ms', (x) => x.coldFirstRequestMs, msText, true),
    row(
      'RSS after cold load, MB',
      (x) => x.coldRssAfterLoadMb,
      (n) => n.toFixed(1),
    ),
    row(
      'outbound calls while loading',
      (x) => x.coldLoadCalls,
      (n) => n.toFixed(0),
    ),
    row('DynamoDB calls / cold 1st request', (x) => x.coldFirstRequestDynamoDb, calls),
    row('Settings API calls / cold 1st request', (x) => x.coldFirstRequestSettingsApi, calls),
  ];
  for (const kind of REQUEST_KINDS) {
    rows.push(row(`warm ${KIND_LABELS[kind]} p50 ms`, (x) => x.warmP50Ms[kind], msText, true));
    rows.push(row(`warm ${KIND_LABELS[kind]} p99 ms`, (x) => x.warmP99Ms[kind], msText));
  }
  for (const kind of REQUEST_KINDS) {
    rows.push(row(`warm ${KIND_LABELS[kind]} CPU p50 ms`, (x) => x.warmCpuP50Ms[kind], msText, true));
  }
  rows.push(row('warm breathing, waiting on DynamoDB p50 ms', (x) => x.warmTableWaitP50Ms.breathing, msText, true));
  rows.push(row('warm breathing, the rest p50 ms', (x) => x.warmOwnP50Ms.breathing, msText, true));
  rows.push(
    row(
      'peak RSS, warm loop, MB',
      (x) => x.peakRssMb,
      (n) => n.toFixed(1),
      true,
    ),
  );
  for (const kind of REQUEST_KINDS) {
    rows.push(row(`DynamoDB calls / ${KIND_LABELS[kind]}`, (x) => x.dynamoDbPerRequest[kind], calls));
  }
  rows.push(row('Settings API calls / request', (x) => Math.max(...REQUEST_KINDS.map((k) => x.settingsApiPerRequest[k])), calls));
  rows.push(
    row(
      'log bytes / breathing',
      (x) => x.logBytesPerRequest.breathing,
      (n) => n.toFixed(0),
    ),
  );
  return rows;
}

const rowCells = (r: Row): string[] => [r.label, ...r.cells, ...(r.ratios ? r.ratios.map(ratio) : ['', ''])];

function table(header: readonly string[], body: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function resultsTable(s: Readonly<Record<SkillId, Summary>>): string {
  const header = ['', LABELS.steady, LABELS.minimal, LABELS.floor, 'Steady/min', 'Steady/r-w'];
  return table(header, resultRows(s).map(rowCells));
}

export function ssmlTable(results: readonly SsmlResult[]): string {
  return table(
    ['SSML session build (in process, warm)', 'mean µs', 'p50 µs', 'p99 µs', 'SSML chars', 'iterations'],
    results.map((r) => [r.name, r.meanUs.toFixed(0), r.p50Us.toFixed(0), r.p99Us.toFixed(0), String(r.ssmlChars), String(r.iterations)]),
  );
}

export function biggestInputsTable(inputs: readonly InputShare[], total: number, top = 12): string {
  return table(
    ["Steady's bundle by input", 'bytes', 'share'],
    inputs.slice(0, top).map((i) => [i.name, String(i.bytes), `${((100 * i.bytes) / total).toFixed(1)} %`]),
  );
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

/** The three ratios the design is judged on, Steady's figure over its reference's. */
export interface JudgedRatios {
  readonly warmBreathingVsFloor: number;
  readonly coldFirstRequestVsFloor: number;
  readonly coldLoadVsMinimal: number;
}

export function judgedRatios(s: Readonly<Record<SkillId, Summary>>): JudgedRatios {
  return {
    warmBreathingVsFloor: s.steady.warmP50Ms.breathing / s.floor.warmP50Ms.breathing,
    coldFirstRequestVsFloor: s.steady.coldFirstRequestMs / s.floor.coldFirstRequestMs,
    coldLoadVsMinimal: s.steady.coldLoadMs / s.minimal.coldLoadMs,
  };
}

export function checkTargets(
  s: Readonly<Record<SkillId, Summary>>,
  ssml: readonly SsmlResult[],
  practice: PracticePathResults,
): TargetCheck[] {
  const steady = s.steady;
  const ratios = judgedRatios(s);
  const slowest = ssml.reduce((worst, r) => (r.meanUs > worst.meanUs ? r : worst));
  const slowestFault = practice.faults.reduce((worst, f) => (f.ms > worst.ms ? f : worst));
  const { weekOneUnits, yearThreeUnits } = practice.capacity;
  return [
    {
      target: `warm breathing p50 ≤ ${TARGETS.warmBreathingVsFloor}× the read-write floor`,
      measured:
        `${ratio(ratios.warmBreathingVsFloor)} (${msText(steady.warmP50Ms.breathing)} vs ${msText(s.floor.warmP50Ms.breathing)} ms; ` +
        `${ratio(steady.warmP50Ms.breathing / s.minimal.warmP50Ms.breathing)} minimal)`,
      pass: ratios.warmBreathingVsFloor <= TARGETS.warmBreathingVsFloor,
    },
    {
      target: `new container's first breathing request ≤ ${TARGETS.coldFirstRequestVsFloor}× the read-write floor`,
      measured:
        `${ratio(ratios.coldFirstRequestVsFloor)} (${msText(steady.coldFirstRequestMs)} vs ${msText(s.floor.coldFirstRequestMs)} ms; ` +
        `${ratio(steady.coldFirstRequestMs / s.minimal.coldFirstRequestMs)} minimal)`,
      pass: ratios.coldFirstRequestVsFloor <= TARGETS.coldFirstRequestVsFloor,
    },
    {
      target: `cold load ≤ ${TARGETS.coldLoadVsMinimal}× minimal`,
      measured: `${ratio(ratios.coldLoadVsMinimal)} (${msText(steady.coldLoadMs)} vs ${msText(s.minimal.coldLoadMs)} ms)`,
      pass: ratios.coldLoadVsMinimal <= TARGETS.coldLoadVsMinimal,
    },
    {
      target: 'bundle ≤ 800 kB minified',
      measured: `${kb(steady.bundleBytes)} (${steady.bundleBytes} bytes)`,
      pass: steady.bundleBytes <= TARGETS.bundleBytes,
    },
    {
      target: 'every answer under a fault ≤ 6 s',
      measured: `slowest ${(slowestFault.ms / 1000).toFixed(2)} s (${slowestFault.label})`,
      pass: practice.faults.every((f) => f.ms <= TARGETS.faultAnswerMs),
    },
    {
      target: 'SSML build for a 20-minute session < 1 ms mean',
      measured: `slowest ${slowest.name}: mean ${slowest.meanUs.toFixed(0)} µs, p99 ${slowest.p99Us.toFixed(0)} µs`,
      pass: ssml.every((r) => r.meanUs < TARGETS.ssmlLongestMeanUs),
    },
    {
      target: 'write capacity per practice flat, week one to year three',
      measured: `${weekOneUnits} → ${yearThreeUnits} write units`,
      pass: Number.isFinite(weekOneUnits) && yearThreeUnits <= weekOneUnits,
    },
  ];
}

/** The three judged ratios on three lines, each with its limit and verdict. */
export function judgedRatiosText(s: Readonly<Record<SkillId, Summary>>): string {
  const ratios = judgedRatios(s);
  const lines: Array<[string, number, number]> = [
    ['warm breathing p50, Steady / read-write floor', ratios.warmBreathingVsFloor, TARGETS.warmBreathingVsFloor],
    ["new container's 1st breathing, Steady / read-write floor", ratios.coldFirstRequestVsFloor, TARGETS.coldFirstRequestVsFloor],
    ['cold load, Steady / minimal', ratios.coldLoadVsMinimal, TARGETS.coldLoadVsMinimal],
  ];
  return [
    "Judged against the design's floor:",
    ...lines.map(
      ([label, value, limit]) =>
        `  ${label.padEnd(58)} ${ratio(value).padStart(6)}  ${`(≤ ${limit}×)`.padEnd(8)}  ${value <= limit ? 'PASS' : 'MISS'}`,
    ),
  ].join('\n');
}

export function operationsText(operations: Record<string, number>): string {
  const entries = Object.entries(operations);
  return entries.length === 0 ? 'none' : entries.map(([op, n]) => `${op} ${n.toFixed(2)}`).join(', ');
}

export function targetsText(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `${c.pass ? 'PASS' : 'MISS'}  ${c.target.padEnd(50)} ${c.measured}`).join('\n');
}

function markdownTable(header: readonly string[], body: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
}

/** The same results as Markdown, for docs/benchmark.md and the README. */
export function markdownResults(
  heading: string,
  note: string,
  s: Readonly<Record<SkillId, Summary>>,
  ssml: readonly SsmlResult[],
  checks: readonly TargetCheck[],
): string {
  const results = markdownTable(
    ['', LABELS.steady, LABELS.minimal, LABELS.floor, 'Steady/minimal', 'Steady/read-write'],
    resultRows(s).map(rowCells),
  );
  const sessions = markdownTable(
    ['SSML session build', 'mean µs', 'p50 µs', 'p99 µs', 'SSML chars'],
    ssml.map((r) => [r.name, r.meanUs.toFixed(0), r.p50Us.toFixed(0), r.p99Us.toFixed(0), String(r.ssmlChars)]),
  );
  const targets = markdownTable(
    ['Target', 'Measured', ''],
    checks.map((c) => [c.target, c.measured, c.pass ? 'PASS' : 'MISS']),
  );
  return [`_${heading}_`, '', `_${note}_`, '', results, '', sessions, '', targets, ''].join('\n');
}
