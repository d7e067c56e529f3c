import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const LAMBDA_DIRECTORY = path.resolve(__dirname, '../../../lambda');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The document client's commands of @aws-sdk/lib-dynamodb, by the operation each one sends. */
const DOCUMENT_OPERATIONS: Readonly<Record<string, string>> = {
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  Delete: 'DeleteItem',
  Get: 'GetItem',
  Put: 'PutItem',
  Query: 'Query',
  Scan: 'Scan',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
  Update: 'UpdateItem',
};

/**
 * The IAM actions behind every `new XxxCommand(` that the skill code sends with
 * @aws-sdk/client-dynamodb or the document client of @aws-sdk/lib-dynamodb, e.g.
 * `dynamodb:GetItem`, sorted.
 */
export function dynamoDbCallsInSkillCode(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(LAMBDA_DIRECTORY)) {
    const source = readFileSync(file, 'utf8');
    const documents = source.includes('@aws-sdk/lib-dynamodb');
    if (!documents && !source.includes('@aws-sdk/client-dynamodb')) continue;
    for (const [, operation] of source.matchAll(/new (\w+)Command\(/g)) {
      actions.add(`dynamodb:${documents ? (DOCUMENT_OPERATIONS[operation!] ?? operation) : operation}`);
    }
  }
  return [...actions].sort();
}
