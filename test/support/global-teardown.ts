export default async function globalTeardown(): Promise<void> {
  (globalThis as { __steadyDynamoDb?: { stop(): void } }).__steadyDynamoDb?.stop();
}
