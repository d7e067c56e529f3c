/**
 * The Skill Management API calls the deploy makes, through Amazon's ask-smapi-sdk (typed, and its
 * endpoint can be pointed at a loopback stand-in). Every failure becomes a ToolError with SMAPI's
 * own words; builds are waited for and their errors reported as the model builder wrote them.
 */
import type { v1 } from 'ask-smapi-model';
import { CustomSmapiClientBuilder } from 'ask-smapi-sdk';
import { ToolError } from '../lib/cli-errors';

export const DEVELOPMENT_STAGE = 'development';
export const SMAPI_ENDPOINT = 'https://api.amazonalexa.com';

export type ResourceStatus = 'SUCCEEDED' | 'FAILED' | 'IN_PROGRESS';

export interface BuildState {
  readonly status: ResourceStatus | undefined;
  readonly errors: readonly string[];
}

export interface SkillApi {
  /** Creates a skill in the developer account and returns its id. */
  createSkill(vendorId: string, manifest: object): Promise<string>;
  /** False when the account has no skill of that id. */
  skillExists(skillId: string): Promise<boolean>;
  updateManifest(skillId: string, manifest: object): Promise<void>;
  setInteractionModel(skillId: string, locale: string, model: object): Promise<void>;
  manifestState(skillId: string): Promise<BuildState>;
  modelState(skillId: string, locale: string): Promise<BuildState>;
  enableTesting(skillId: string): Promise<void>;
}

interface ServiceError extends Error {
  statusCode?: number;
  response?: { message?: string; violations?: Array<{ message?: string }> };
}

/** SMAPI's own explanation of a failed call, as one line. */
function explain(action: string, error: unknown): ToolError {
  const failure = error as ServiceError;
  const said = [failure.response?.message, ...(failure.response?.violations ?? []).map((v) => v.message)].filter(Boolean).join('; ');
  const status = failure.statusCode;
  const what = said || failure.message;
  const advice =
    status === 401
      ? ' Sign in again with `ask configure`.'
      : status === 403
        ? ' The ASK profile may belong to another developer account: check --ask-profile.'
        : status === 429
          ? ' SMAPI is throttling: wait a minute and run npm run deploy again.'
          : '';
  return new ToolError(`${action} failed${status ? ` (HTTP ${status})` : ''}: ${what}.${advice}`, { cause: error });
}

function state(lastUpdate: { status?: string; errors?: Array<{ message: string }> } | undefined): BuildState {
  return { status: lastUpdate?.status as ResourceStatus | undefined, errors: (lastUpdate?.errors ?? []).map((e) => e.message) };
}

export function smapiSkillApi(options: { accessToken: string; endpoint?: string }): SkillApi {
  const builder = new CustomSmapiClientBuilder().withApiEndpoint(options.endpoint ?? SMAPI_ENDPOINT);
  // The SDK wants an LWA client beside a ready token; with a token it never calls LWA.
  builder.withAccessTokenConfig({ clientId: 'unused', clientSecret: 'unused', accessToken: options.accessToken });
  builder.withCustomUserAgent('steady-deploy');
  const client = builder.client();
  const call = async <T>(action: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw explain(action, error);
    }
  };
  return {
    createSkill: (vendorId, manifest) =>
      call('Creating the skill', async () => {
        const created = await client.createSkillForVendorV1({ vendorId, manifest: manifest as v1.skill.Manifest.SkillManifest });
        if (!created.skillId) throw new Error('SMAPI answered without a skill id');
        return created.skillId;
      }),
    skillExists: async (skillId) => {
      try {
        await client.getSkillStatusV1(skillId, 'manifest');
        return true;
      } catch (error) {
        if ((error as ServiceError).statusCode === 404) return false;
        throw explain('Reading the skill', error);
      }
    },
    updateManifest: (skillId, manifest) =>
      call('Uploading the manifest', () =>
        client.updateSkillManifestV1(skillId, DEVELOPMENT_STAGE, manifest as v1.skill.Manifest.SkillManifestEnvelope),
      ),
    setInteractionModel: (skillId, locale, model) =>
      call(`Uploading the ${locale} interaction model`, () =>
        client.setInteractionModelV1(skillId, DEVELOPMENT_STAGE, locale, model as v1.skill.interactionModel.InteractionModelData),
      ),
    manifestState: (skillId) =>
      call('Reading the manifest status', async () =>
        state((await client.getSkillStatusV1(skillId, 'manifest')).manifest?.lastUpdateRequest),
      ),
    modelState: (skillId, locale) =>
      call(`Reading the ${locale} model status`, async () =>
        state((await client.getSkillStatusV1(skillId, 'interactionModel')).interactionModel?.[locale]?.lastUpdateRequest),
      ),
    enableTesting: (skillId) => call('Enabling testing', () => client.setSkillEnablementV1(skillId, DEVELOPMENT_STAGE)),
  };
}

export interface WaitOptions {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_WAIT: WaitOptions = { intervalMs: 3000, timeoutMs: 10 * 60_000 };

/** Polls a build until it succeeds; a failed build throws with the builder's own error text. */
export async function waitForBuild(what: string, read: () => Promise<BuildState>, wait: WaitOptions = DEFAULT_WAIT): Promise<void> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const { status, errors } = await read();
    if (status === 'SUCCEEDED') return;
    if (status === 'FAILED')
      throw new ToolError(`The ${what} build failed: ${errors.join('; ') || 'SMAPI gave no reason'}. Fix it and run npm run deploy again.`);
    if (Date.now() >= deadline)
      throw new ToolError(
        `The ${what} build was still ${status ?? 'pending'} after ${Math.round(wait.timeoutMs / 60_000)} min: run npm run deploy again to keep waiting.`,
      );
    await sleep(wait.intervalMs);
  }
}
