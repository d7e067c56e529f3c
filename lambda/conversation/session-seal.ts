import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Logger } from '../logger';
import type { Sealer } from '../seal';

/**
 * The session attributes travel as Steady's state in JSON and its seal, made for this user in
 * this session. On the way in, attributes whose seal does not check (forged, edited, copied from
 * another session, or from before a new key) are dropped whole, so a handler sees only state
 * Steady wrote; on the way out, the state is sealed again.
 */
export interface SealedAttributes {
  readonly state: string;
  readonly seal: string;
}

/** The most characters of state Steady reads back: its state is a few keys and numbers. */
const MAX_STATE_CHARACTERS = 4000;

function holderOf(input: HandlerInput): string | undefined {
  const session = input.requestEnvelope.session;
  const userId = session?.user?.userId ?? input.requestEnvelope.context?.System?.user?.userId;
  return session?.sessionId && userId ? `${userId}\u0000${session.sessionId}` : undefined;
}

/** The state the attributes carry if Steady sealed them for this session; an empty state otherwise. */
export function openedState(attributes: unknown, holder: string | undefined, sealer: Sealer): Record<string, unknown> | undefined {
  if (holder === undefined || typeof attributes !== 'object' || attributes === null) return undefined;
  const { state, seal } = attributes as Partial<Record<keyof SealedAttributes, unknown>>;
  if (typeof state !== 'string' || state.length > MAX_STATE_CHARACTERS || !sealer.checks(state, holder, seal)) return undefined;
  try {
    const parsed: unknown = JSON.parse(state);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function sessionOpener(sealer: Sealer, logger: Logger): RequestInterceptor {
  return {
    process(input: HandlerInput) {
      const session = input.requestEnvelope.session;
      if (!session) return;
      const stored = session.attributes;
      const opened = openedState(stored, holderOf(input), sealer);
      const carried = typeof stored === 'object' && stored !== null && Object.keys(stored).length > 0;
      if (!opened && carried) logger.info('session attributes Steady did not seal were dropped');
      input.attributesManager.setSessionAttributes(opened ?? {});
    },
  };
}

export function sessionSealer(sealer: Sealer): ResponseInterceptor {
  return {
    process(input: HandlerInput) {
      const holder = holderOf(input);
      if (!input.requestEnvelope.session || holder === undefined) return;
      const state = JSON.stringify(input.attributesManager.getSessionAttributes() ?? {});
      const sealed: SealedAttributes = { state, seal: sealer.seal(state, holder) };
      input.attributesManager.setSessionAttributes({ ...sealed });
    },
  };
}
