/**
 * The "minimal" reference skill: the floor of Steady's own stack. ask-sdk-core with one handler
 * that answers every request the same way: one UpdateItem (ADD a counter) with the AWS SDK v3
 * DynamoDB client, and a one-line speech. The endpoint comes from AWS_ENDPOINT_URL_DYNAMODB.
 */
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { getUserId, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const client = new DynamoDBClient({});
const tableName = process.env.TABLE_NAME ?? 'bench-minimal';

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    async handle(input: HandlerInput) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: { S: getUserId(input.requestEnvelope) }, sk: { S: 'count' } },
          UpdateExpression: 'ADD #count :one',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': { N: '1' } },
        }),
      );
      return input.responseBuilder.speak('Breathe in, and breathe out.').withShouldEndSession(true).getResponse();
    },
  })
  .create();

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
