/**
 * What the skills talk to during the benchmark: one DynamoDB Local with a table per skill, and the
 * loopback stand-in for the Alexa Settings API.
 */
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../../lambda/store/table-definition';
import { startDynamoDbLocal } from '../dynamodb-local/dynamodb-local';
import { startSettingsApiStub } from '../simulator';
import type { SkillId } from './bundles';
import { BENCH_SKILL_ID } from './workload';

export const BENCH_REGION = 'us-east-1';
/** DynamoDB Local accepts any credentials; the SDKs insist on having some, as Lambda provides. */
export const BENCH_CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' } as const;
export const BENCH_TIME_ZONE = 'America/New_York';

export const TABLE_NAMES: Readonly<Record<SkillId, string>> = {
  steady: 'bench-steady',
  minimal: 'bench-minimal',
  floor: 'bench-read-write',
};

const TABLE_INPUTS: Readonly<Record<SkillId, CreateTableCommandInput>> = {
  steady: createTableInput(TABLE_NAMES.steady),
  // The minimal reference keys its counter item the way Steady keys its practice item.
  minimal: createTableInput(TABLE_NAMES.minimal),
  floor: createTableInput(TABLE_NAMES.floor),
};

export interface BenchServices {
  readonly dynamoDbEndpoint: string;
  readonly settingsApiEndpoint: string;
  /** Settings API lookups answered so far. */
  settingsApiLookups(): number;
  stop(): Promise<void>;
}

export async function startBenchServices(): Promise<BenchServices> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal();
  const settings = await startSettingsApiStub({ timeZone: BENCH_TIME_ZONE });
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: BENCH_REGION, credentials: BENCH_CREDENTIALS });
  try {
    for (const input of Object.values(TABLE_INPUTS)) {
      await client.send(new CreateTableCommand(input));
      await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: input.TableName });
    }
  } catch (error) {
    dynamo.stop();
    await settings.stop();
    throw new Error('could not create the benchmark tables in DynamoDB Local', { cause: error });
  } finally {
    client.destroy();
  }
  return {
    dynamoDbEndpoint: dynamo.endpoint,
    settingsApiEndpoint: settings.endpoint,
    settingsApiLookups: () => settings.lookups,
    stop: async () => {
      dynamo.stop();
      await settings.stop();
    },
  };
}

/** The environment a skill's Lambda container would have, pointed at the local services: no NODE_OPTIONS, as the stack sets none. */
export function skillEnvironment(skill: SkillId, services: BenchServices): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    AWS_REGION: BENCH_REGION,
    AWS_ACCESS_KEY_ID: BENCH_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: BENCH_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: services.dynamoDbEndpoint,
    // The SDK's notice on Node below 22 is not part of the work measured; Lambda's Node 22 never shows it.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: TABLE_NAMES[skill],
    SKILL_ID: BENCH_SKILL_ID,
  };
}
