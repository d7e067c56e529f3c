/**
 * A new Lambda container, started once by the benchmark: times `require` of the skill's bundle
 * (which builds the skill at module scope), then its first request, a breathing request from a
 * user and device the container has not seen, and counts the outbound calls of each. Built to
 * plain JavaScript by the benchmark.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { localLambdaContext } from '../simulator';
import { watchOutboundCalls } from './outbound-calls';
import { countCall, emptyCounts, type ColdStartMessage } from './protocol';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

const bundle = process.env.BENCH_BUNDLE ?? '';
const event = JSON.parse(process.env.BENCH_EVENT ?? '{}') as RequestEnvelope;

const loadCalls = emptyCounts();
const firstRequestCalls = emptyCounts();
let counting = loadCalls;
watchOutboundCalls((call) => countCall(counting, call));

const started = process.hrtime.bigint();
const { handler } = require(bundle) as { handler: Handler };
const loaded = process.hrtime.bigint();
const rssAfterLoadKb = Math.round(process.memoryUsage.rss() / 1024);

counting = firstRequestCalls;
handler(event, localLambdaContext('steady-bench')).then(
  (response) => {
    const answered = process.hrtime.bigint();
    const message: ColdStartMessage = {
      loadMs: Number(loaded - started) / 1e6,
      firstRequestMs: Number(answered - loaded) / 1e6,
      rssAfterLoadKb,
      maxRssKb: process.resourceUsage().maxRSS,
      spoke: Boolean(response?.response?.outputSpeech),
      loadCalls,
      firstRequestCalls,
    };
    process.send?.(message, () => process.exit(0));
  },
  (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
);
