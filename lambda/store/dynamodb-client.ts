import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/**
 * Alexa waits 8 s for a response. Two attempts of at most 0.3 s to connect and 1 s to answer keep
 * the worst case for one table call near 2.5 s, leaving the rest for speech. The request timeout
 * ends when the response headers arrive, so a body that stalls is cut by the socket's inactivity
 * timeout, and one that trickles by the whole call's deadline (the store passes it per call).
 */
export const DYNAMODB_TIMEOUTS = {
  connectionTimeoutMs: 300,
  requestTimeoutMs: 1000,
  socketIdleTimeoutMs: 1000,
  maxAttempts: 2,
  callDeadlineMs: 2500,
} as const;

/**
 * The DynamoDB client for the practice table. The endpoint is the SDK's own business: it follows
 * AWS_ENDPOINT_URL_DYNAMODB, which is how local runs and tests reach DynamoDB Local or dynalite.
 * Fault tests pass `endpoint` to aim this same client at a misbehaving loopback server.
 */
export function createDynamoDbClient(overrides: Pick<DynamoDBClientConfig, 'endpoint'> = {}): DynamoDBClient {
  return new DynamoDBClient({
    region: process.env.AWS_REGION || 'us-east-1',
    maxAttempts: DYNAMODB_TIMEOUTS.maxAttempts,
    requestHandler: {
      connectionTimeout: DYNAMODB_TIMEOUTS.connectionTimeoutMs,
      requestTimeout: DYNAMODB_TIMEOUTS.requestTimeoutMs,
      socketTimeout: DYNAMODB_TIMEOUTS.socketIdleTimeoutMs,
      // Without this the handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    },
    ...overrides,
  });
}
