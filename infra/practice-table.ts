import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_SCHEMA, TTL_ATTRIBUTE } from '../lambda/store/table-schema';

type KeyType = (typeof TABLE_SCHEMA)[keyof typeof TABLE_SCHEMA]['type'];

const ATTRIBUTE_TYPES: Record<KeyType, AttributeType> = {
  S: AttributeType.STRING,
};

/**
 * The practice table: the users' streak history, so it is protected from every kind of accident
 * (point-in-time recovery, deletion protection, kept when the stack is deleted). Items past
 * their `expiresAt` (a forgotten user's memo of the forget) are deleted by DynamoDB's TTL.
 */
export function createPracticeTable(scope: Construct, id: string): Table {
  const { partitionKey, sortKey } = TABLE_SCHEMA;
  return new Table(scope, id, {
    partitionKey: { name: partitionKey.name, type: ATTRIBUTE_TYPES[partitionKey.type] },
    sortKey: { name: sortKey.name, type: ATTRIBUTE_TYPES[sortKey.type] },
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: TTL_ATTRIBUTE,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
