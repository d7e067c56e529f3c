/**
 * A warm Lambda container for one skill: loads its bundle once, then runs the batches of requests
 * the benchmark sends over IPC, timing each invocation and counting the outbound calls it made
 * (DynamoDB operations from the `X-Amz-Target` header, Settings API lookups) and the log lines it
 * wrote. Built to plain JavaScript by the benchmark.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { localLambdaContext } from '../simulator';
import { watchOutboundCalls } from './outbound-calls';
import { watchTableWaits } from './table-wait';
import { addCounts, countCall, emptyCounts, type CallCounts, type ChildMessage, type ParentMessage } from './protocol';
import { benchEnvelope, type RequestKind } from './workload';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

const bundle = required('BENCH_BUNDLE');
const apiEndpoint = required('BENCH_API_ENDPOINT');
const users = Number(required('BENCH_USERS'));
/** Where this container starts in the user pool, so a skill's containers do not move in step. */
const firstUser = Number(process.env.BENCH_FIRST_USER ?? 0);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

let counts: CallCounts = emptyCounts();

watchOutboundCalls((call) => countCall(counts, call));
const tableWaitSinceLast = watchTableWaits();

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
  counts.logLines += 1;
  counts.logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  return write(chunk, ...rest);
}) as typeof process.stdout.write;

const started = process.hrtime.bigint();
const { handler } = require(bundle) as { handler: Handler };
send({ type: 'ready', loadMs: Number(process.hrtime.bigint() - started) / 1e6 });

const nextUser: Record<RequestKind, number> = { breathing: firstUser, summary: firstUser, launch: firstUser };
const firstSpeech: Partial<Record<RequestKind, string>> = {};

function speechOf(response: ResponseEnvelope): string {
  const speech = response.response?.outputSpeech;
  const text = speech?.type === 'SSML' ? speech.ssml : speech?.type === 'PlainText' ? speech.text : '';
  const entities: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(apos|quot|lt|gt|amp);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

async function runBatch(kinds: readonly RequestKind[]): Promise<void> {
  const samplesUs: Partial<Record<RequestKind, number[]>> = {};
  const cpuUs: Partial<Record<RequestKind, number[]>> = {};
  const tableWaitUs: Partial<Record<RequestKind, number[]>> = {};
  const calls: Partial<Record<RequestKind, CallCounts>> = {};
  const speech: Partial<Record<RequestKind, string>> = {};
  for (const kind of kinds) {
    const user = nextUser[kind]++ % users;
    const event = benchEnvelope(kind, user, apiEndpoint);
    const context = localLambdaContext('steady-bench');
    counts = emptyCounts();
    counts.requests = 1;
    tableWaitSinceLast();
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    let response: ResponseEnvelope | undefined;
    try {
      response = await handler(event, context);
    } catch {
      counts.failures += 1;
    }
    const elapsedUs = Number(process.hrtime.bigint() - start) / 1e3;
    const cpu = process.cpuUsage(cpuStart);
    (samplesUs[kind] ??= []).push(elapsedUs);
    (cpuUs[kind] ??= []).push(cpu.user + cpu.system);
    (tableWaitUs[kind] ??= []).push(tableWaitSinceLast());
    addCounts((calls[kind] ??= emptyCounts()), counts);
    if (response && firstSpeech[kind] === undefined) {
      firstSpeech[kind] = speechOf(response);
      speech[kind] = firstSpeech[kind];
    }
  }
  send({ type: 'batch', samplesUs, cpuUs, tableWaitUs, calls, speech });
}

process.on('message', (message: ParentMessage) => {
  switch (message.type) {
    case 'run':
      runBatch(message.kinds).catch((error: unknown) => send({ type: 'failed', message: String(error) }));
      return;
    case 'report':
      send({ type: 'report', maxRssKb: process.resourceUsage().maxRSS, heapUsedBytes: process.memoryUsage().heapUsed });
      return;
    case 'exit':
      process.exit(0);
  }
});
