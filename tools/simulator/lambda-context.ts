import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** The Lambda's own timeout is below Alexa's 8 s wait. */
const TIMEOUT_MS = 7000;

/** A Lambda invocation context like the one AWS passes, for running the handler locally. */
export function localLambdaContext(functionName = 'steady-local'): Context {
  const deadline = Date.now() + TIMEOUT_MS;
  const unsupported = (): never => {
    throw new Error('callback-style Lambda completion is not used by Steady');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
