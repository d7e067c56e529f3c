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

/**
 * The IAM actions behind every `new XxxCommand(` that the skill code sends with
 * @aws-sdk/client-dynamodb, e.g. `dynamodb:GetItem`, sorted.
 */
export function dynamoDbCallsInSkillCode(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(LAMBDA_DIRECTORY)) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('@aws-sdk/client-dynamodb')) continue;
    for (const [, operation] of source.matchAll(/new (\w+)Command\(/g)) actions.add(`dynamodb:${operation}`);
  }
  return [...actions].sort();
}
