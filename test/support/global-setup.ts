import { javaProblem } from '../../tools/require-java';
import { startDynamoDbLocal } from '../../tools/dynamodb-local/dynamodb-local';

/**
 * One DynamoDB Local for the whole run. Workers are forked after this, so they inherit the
 * endpoint through the AWS SDK's own AWS_ENDPOINT_URL_DYNAMODB and need no special code.
 */
export default async function globalSetup(): Promise<void> {
  const problem = javaProblem();
  if (problem) throw new Error(problem);
  const server = await startDynamoDbLocal();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = server.endpoint;
  process.env.AWS_REGION = process.env.AWS_REGION ?? 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'local';
  process.env.AWS_SECRET_ACCESS_KEY = 'local';
  process.env.STEADY_TEST_DYNAMODB_PID = String(server.pid);
  // This machine's Node 20 makes the AWS SDK warn once per worker; Lambda's Node 22 never does.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  (globalThis as { __steadyDynamoDb?: { stop(): void } }).__steadyDynamoDb = server;
}
