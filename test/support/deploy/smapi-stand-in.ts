/**
 * A loopback stand-in for the Skill Management API: the calls `npm run deploy` makes, with the
 * answers SMAPI documents (202 for uploads, 204 for enablement, a status per resource that is
 * IN_PROGRESS once and then SUCCEEDED, or FAILED with the builder's errors when told to).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { listenOnLoopback, type LoopbackServer } from '../../../tools/simulator';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

interface Build {
  reads: number;
  errors?: string[];
}

export interface SmapiStandIn extends LoopbackServer {
  readonly calls: RecordedCall[];
  readonly skills: Map<string, { manifest?: unknown; models: Map<string, unknown>; enabled: boolean }>;
  /** Adds a skill that already exists in the account. */
  addSkill(skillId: string): void;
  /** The next build of this locale's model fails with these errors. */
  failModel(locale: string, errors: string[]): void;
}

const read = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
};

export async function startSmapiStandIn(options: { accessToken: string; vendorId: string }): Promise<SmapiStandIn> {
  const calls: RecordedCall[] = [];
  const skills: SmapiStandIn['skills'] = new Map();
  const builds = new Map<string, Build>();
  const failures = new Map<string, string[]>();

  const lastUpdate = (key: string) => {
    const build = builds.get(key);
    if (!build) return undefined;
    build.reads += 1;
    if (build.reads === 1) return { status: 'IN_PROGRESS' };
    return build.errors ? { status: 'FAILED', errors: build.errors.map((message) => ({ message })) } : { status: 'SUCCEEDED' };
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const body = await read(request);
    calls.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, body });
    const answer = (status: number, json?: unknown): void => {
      response.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) return answer(401, { message: 'Token is invalid or expired.' });

    if (request.method === 'POST' && url.pathname === '/v1/skills') {
      const { vendorId } = body as { vendorId?: string };
      if (vendorId !== options.vendorId) return answer(403, { message: 'Vendor is not authorized.' });
      const skillId = `amzn1.ask.skill.${randomUUID()}`;
      skills.set(skillId, { models: new Map(), enabled: false });
      builds.set(`${skillId}/manifest`, { reads: 0 });
      return answer(202, { skillId });
    }
    const match =
      /^\/v1\/skills\/([^/]+)\/(status|stages\/development\/(manifest|enablement|interactionModel\/locales\/([a-zA-Z-]+)))$/.exec(
        url.pathname,
      );
    const skill = match ? skills.get(match[1] ?? '') : undefined;
    if (!match || !skill) return answer(404, { message: 'The resource being requested is not found.' });
    const skillId = match[1] ?? '';
    if (request.method === 'GET' && match[2] === 'status') {
      const resource = url.searchParams.get('resource');
      if (resource === 'manifest')
        return answer(200, { manifest: { lastUpdateRequest: lastUpdate(`${skillId}/manifest`) ?? { status: 'SUCCEEDED' } } });
      const interactionModel: Record<string, unknown> = {};
      for (const locale of skill.models.keys()) interactionModel[locale] = { lastUpdateRequest: lastUpdate(`${skillId}/${locale}`) };
      return answer(200, { interactionModel });
    }
    if (request.method === 'PUT' && match[3] === 'manifest') {
      skill.manifest = body;
      builds.set(`${skillId}/manifest`, { reads: 0 });
      return answer(202);
    }
    if (request.method === 'PUT' && match[4]) {
      skill.models.set(match[4], body);
      const errors = failures.get(match[4]);
      failures.delete(match[4]);
      builds.set(`${skillId}/${match[4]}`, { reads: 0, ...(errors ? { errors } : {}) });
      return answer(202);
    }
    if (request.method === 'PUT' && match[3] === 'enablement') {
      skill.enabled = true;
      return answer(204);
    }
    return answer(405, { message: 'Not a call the deploy makes.' });
  });
  const loopback = await listenOnLoopback(server);
  return {
    ...loopback,
    calls,
    skills,
    addSkill: (skillId) => {
      skills.set(skillId, { models: new Map(), enabled: false });
    },
    failModel: (locale, errors) => {
      failures.set(locale, errors);
    },
  };
}
