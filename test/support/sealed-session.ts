import { sealerWith } from '../../lambda/seal';
import { TEST_USER_ID } from '../../tools/simulator';
import { TEST_SIGNING_KEY } from './test-skill';

/**
 * A session carrying `state` as Steady would have left it for this user in this session, sealed
 * with the test key: for tests that start a conversation part way through.
 */
export function sealedSession(
  state: Record<string, unknown>,
  options: { sessionId?: string; userId?: string; key?: string } = {},
): { sessionId: string; isNew: false; attributes: Record<string, unknown> } {
  const sessionId = options.sessionId ?? 'amzn1.echo-api.session.sealed-for-test';
  const text = JSON.stringify(state);
  const seal = sealerWith(options.key ?? TEST_SIGNING_KEY).seal(text, `${options.userId ?? TEST_USER_ID}\u0000${sessionId}`);
  return { sessionId, isNew: false, attributes: { state: text, seal } };
}
