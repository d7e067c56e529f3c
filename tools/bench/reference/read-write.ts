/**
 * The "read-write" reference skill: the table work Steady's practice path must do, and nothing
 * else. ask-sdk-core with one handler that reads the user's item (GetItem), adds the request to
 * the answers of the last ten minutes, and writes the item back only over the revision it read
 * (a conditional PutItem), then says one line. It is the floor of a read, plan, record design:
 * what such a design costs before any planning, speech or marshalling of a richer record.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { getUserId, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const client = new DynamoDBClient({});
const tableName = process.env.TABLE_NAME ?? 'bench-read-write';
const KEPT_MS = 10 * 60_000;

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    async handle(input: HandlerInput) {
      const key = { pk: { S: getUserId(input.requestEnvelope) }, sk: { S: 'practice' } };
      const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      const revision = Item?.revision?.N;
      const now = Date.now();
      const answers: AttributeValue[] = (Item?.answers?.L ?? []).filter((answer) => now - Number(answer.M?.at?.N ?? 0) < KEPT_MS);
      answers.push({ M: { request: { S: input.requestEnvelope.request.requestId }, at: { N: String(now) } } });
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { ...key, revision: { N: String(Number(revision ?? 0) + 1) }, answers: { L: answers.slice(-20) } },
          ConditionExpression: revision === undefined ? 'attribute_not_exists(#revision)' : '#revision = :read',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ...(revision === undefined ? {} : { ExpressionAttributeValues: { ':read': { N: revision } } }),
        }),
      );
      return input.responseBuilder.speak('Breathe in, and breathe out.').withShouldEndSession(true).getResponse();
    },
  })
  .create();

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
