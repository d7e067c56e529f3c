/**
 * The "conventional" reference skill, written the way the ASK SDK's own samples persist state:
 * ask-sdk-core with `ask-sdk-dynamodb-persistence-adapter` (AWS SDK v2 DocumentClient), one
 * handler that answers every request with getPersistentAttributes + savePersistentAttributes
 * (a read and a write) and a one-line speech. AWS SDK v2 does not read AWS_ENDPOINT_URL_DYNAMODB,
 * so the endpoint is passed in explicitly; everything else is the SDK's default.
 */
import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { DynamoDB } from 'aws-sdk';

const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;

const persistenceAdapter = new DynamoDbPersistenceAdapter({
  tableName: process.env.TABLE_NAME ?? 'bench-conventional',
  createTable: false,
  dynamoDBClient: new DynamoDB({ apiVersion: 'latest', ...(endpoint ? { endpoint } : {}) }),
});

const skill = SkillBuilders.custom()
  .withPersistenceAdapter(persistenceAdapter)
  .addRequestHandlers({
    canHandle: () => true,
    async handle(input: HandlerInput) {
      const attributes = await input.attributesManager.getPersistentAttributes();
      const count = typeof attributes.count === 'number' ? attributes.count : 0;
      input.attributesManager.setPersistentAttributes({ ...attributes, count: count + 1 });
      await input.attributesManager.savePersistentAttributes();
      return input.responseBuilder.speak('Breathe in, and breathe out.').withShouldEndSession(true).getResponse();
    },
  })
  .create();

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
