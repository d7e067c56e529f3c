/**
 * Warm requests: long-lived child processes (warm Lambda containers, so each skill's memory is its
 * own), several per skill, driven in lockstep over IPC. Each round, every child in turn runs one
 * batch of breathing, summary and launch requests, interleaved: A, B, C, A, B, C…, and the order
 * of the children rotates from round to round. Two containers of the very same bundle differ by
 * about 5 % in speed for as long as they live (each process's JIT and memory layout is its own),
 * so each skill's figures pool several containers, as a skill with traffic runs on several.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { addCounts, emptyCounts, type CallCounts, type ChildMessage, type ParentMessage } from './protocol';
import type { SkillId } from './bundles';
import { REQUEST_KINDS, type RequestKind } from './workload';

export interface WarmPlan {
  /** Warm containers per skill; each skill's samples pool them all. */
  readonly containersPerSkill: number;
  /** Requests of each kind per child per round. */
  readonly batch: number;
  readonly warmupRounds: number;
  readonly measuredRounds: number;
}

export interface WarmResult {
  readonly samplesUs: Record<RequestKind, number[]>;
  /** CPU time the container spent per request (user + system), microseconds. */
  readonly cpuUs: Record<RequestKind, number[]>;
  /** Time waited on DynamoDB per request, microseconds, in the order of `samplesUs`. */
  readonly tableWaitUs: Record<RequestKind, number[]>;
  readonly calls: Record<RequestKind, CallCounts>;
  /** The first speech each kind got, for a glance at what was answered. */
  readonly speech: Partial<Record<RequestKind, string>>;
  /** The highest RSS high-water mark (`process.resourceUsage().maxRSS`) of the skill's containers, after the whole loop. */
  maxRssKb: number;
  heapUsedBytes: number;
}

class WarmContainer {
  private readonly child: ChildProcess;
  private pending: { resolve: (message: ChildMessage) => void; reject: (error: Error) => void } | undefined;
  private stderr = '';

  constructor(
    readonly skill: SkillId,
    script: string,
    environment: NodeJS.ProcessEnv,
  ) {
    this.child = fork(script, [], { env: environment, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // The skills' logs go to a pipe, as a Lambda container's stdout does; read and dropped.
    this.child.stdout?.resume();
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    this.child.on('message', (message: ChildMessage) => {
      const waiting = this.pending;
      this.pending = undefined;
      if (message.type === 'failed') waiting?.reject(new Error(`${this.skill}: ${message.message}`));
      else waiting?.resolve(message);
    });
    this.child.on('exit', (code) => {
      this.pending?.reject(new Error(`the ${this.skill} container exited (${code})\n${this.stderr.trim()}`));
      this.pending = undefined;
    });
  }

  next(): Promise<ChildMessage> {
    return new Promise((resolve, reject) => (this.pending = { resolve, reject }));
  }

  ask(message: ParentMessage): Promise<ChildMessage> {
    const answer = this.next();
    this.child.send(message);
    return answer;
  }

  close(): void {
    if (this.child.connected) this.child.send({ type: 'exit' } satisfies ParentMessage);
  }
}

function emptyResult(): WarmResult {
  return {
    samplesUs: { breathing: [], summary: [], launch: [] },
    cpuUs: { breathing: [], summary: [], launch: [] },
    tableWaitUs: { breathing: [], summary: [], launch: [] },
    calls: { breathing: emptyCounts(), summary: emptyCounts(), launch: emptyCounts() },
    speech: {},
    maxRssKb: 0,
    heapUsedBytes: 0,
  };
}

function batchKinds(batch: number): RequestKind[] {
  return Array.from({ length: batch }, () => REQUEST_KINDS).flat();
}

export async function measureWarmRequests(
  order: readonly SkillId[],
  script: string,
  /** The environment of a skill's `copy`-th container. */
  environment: (skill: SkillId, copy: number) => NodeJS.ProcessEnv,
  plan: WarmPlan,
  onRound?: (round: number, rounds: number) => void,
): Promise<Record<SkillId, WarmResult>> {
  const containers: WarmContainer[] = [];
  try {
    for (let copy = 0; copy < plan.containersPerSkill; copy++) {
      for (const skill of order) {
        const container = new WarmContainer(skill, script, environment(skill, copy));
        containers.push(container);
        await container.next(); // ready: the bundle is loaded
      }
    }
    const results = Object.fromEntries(order.map((skill) => [skill, emptyResult()])) as Record<SkillId, WarmResult>;

    const kinds = batchKinds(plan.batch);
    const rounds = plan.warmupRounds + plan.measuredRounds;
    for (let round = 0; round < rounds; round++) {
      // Each skill goes first in turn, so none always follows another's burst of table writes.
      const turn = containers.map((_, index) => containers[(index + round) % containers.length]!);
      for (const container of turn) {
        const answer = await container.ask({ type: 'run', kinds });
        if (answer.type !== 'batch') throw new Error(`${container.skill}: unexpected ${answer.type}`);
        const result = results[container.skill];
        for (const kind of REQUEST_KINDS) result.speech[kind] ??= answer.speech[kind];
        if (round < plan.warmupRounds) continue;
        for (const kind of REQUEST_KINDS) {
          result.samplesUs[kind].push(...(answer.samplesUs[kind] ?? []));
          result.cpuUs[kind].push(...(answer.cpuUs[kind] ?? []));
          result.tableWaitUs[kind].push(...(answer.tableWaitUs[kind] ?? []));
          const calls = answer.calls[kind];
          if (calls) addCounts(result.calls[kind], calls);
        }
      }
      onRound?.(round + 1, rounds);
    }

    for (const container of containers) {
      const report = await container.ask({ type: 'report' });
      if (report.type !== 'report') throw new Error(`${container.skill}: unexpected ${report.type}`);
      const result = results[container.skill];
      result.maxRssKb = Math.max(result.maxRssKb, report.maxRssKb);
      result.heapUsedBytes = Math.max(result.heapUsedBytes, report.heapUsedBytes);
    }
    return results;
  } finally {
    for (const container of containers) container.close();
  }
}
