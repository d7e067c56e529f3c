/**
 * Every log line carries the request it belongs to: the JSON logger puts a request's ids on each
 * line logged while it is handled, however deep, and two requests handled at once keep their own.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createHandler } from '../../lambda/index';
import { Intents } from '../../lambda/intents';
import { createJsonLogger } from '../../lambda/logger';
import { intentRequest, localLambdaContext, captureStdoutLogs } from '../../tools/simulator';

describe('the JSON logger within a request', () => {
  it('puts the request ids on every line logged inside, across awaits, and none outside', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createJsonLogger({ write: (line) => lines.push(JSON.parse(line)) });
    const handle = (requestId: string, pauseMs: number) =>
      logger.within({ requestId }, async () => {
        logger.info('started');
        await sleep(pauseMs);
        logger.warn('finished');
      });
    await Promise.all([handle('request-a', 20), handle('request-b', 5)]);
    logger.info('between requests');
    expect(lines.filter((line) => line.requestId === 'request-a').map((line) => line.message)).toEqual(['started', 'finished']);
    expect(lines.filter((line) => line.requestId === 'request-b').map((line) => line.message)).toEqual(['started', 'finished']);
    expect(lines.find((line) => line.message === 'between requests')).not.toHaveProperty('requestId');
  });
});

describe('the Lambda entry point', () => {
  it("logs Alexa's request id and Lambda's invocation id on every line of a request", async () => {
    // The table and Alexa's APIs are closed loopback ports: the practice is lost, and says so in the logs.
    const envelope = intentRequest(Intents.Breathe, {}, { apiEndpoint: 'http://127.0.0.1:9', requestId: 'amzn1.echo-api.request.logged' });
    const context = localLambdaContext();
    const { logs } = await captureStdoutLogs(() => createHandler()(envelope, context));
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({ requestId: 'amzn1.echo-api.request.logged', awsRequestId: context.awsRequestId });
    }
  });
});
