import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Alexa waits 8 s for a response. Two attempts of at most 0.3 s to connect and 1 s to answer keep
 * the worst case for one table call near 2.5 s, leaving the rest for speech.
 */
export const DYNAMODB_TIMEOUTS = {
  connectionTimeoutMs: 300,
  requestTimeoutMs: 1000,
  maxAttempts: 2,
} as const;

/**
 * The DynamoDB client for the practice table. The endpoint is the SDK's own business: it follows
 * AWS_ENDPOINT_URL_DYNAMODB, which is how local runs and tests reach DynamoDB Local or dynalite.
 */
export function createDynamoDbClient(): DynamoDBClient {
  return new DynamoDBClient({
    region: process.env.AWS_REGION || 'us-east-1',
    maxAttempts: DYNAMODB_TIMEOUTS.maxAttempts,
    requestHandler: {
      connectionTimeout: DYNAMODB_TIMEOUTS.connectionTimeoutMs,
      requestTimeout: DYNAMODB_TIMEOUTS.requestTimeoutMs,
      // Without this the handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    },
  });
}
