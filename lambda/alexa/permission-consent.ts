/** Alexa permissions Steady asks for by voice: whether a request carries one, and how to ask. */
import type { RequestEnvelope, interfaces } from 'ask-sdk-model';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';

/**
 * Whether the request suggests the user has granted the scope: its own status, or a consent token
 * (which any granted permission brings). Only a guess: the API has the last word, and a 401 or
 * 403 from it leads to asking.
 */
export function mayHavePermission(envelope: RequestEnvelope, scope: string): boolean {
  const permissions = envelope.context?.System?.user?.permissions;
  return Boolean(permissions?.consentToken) || permissions?.scopes?.[scope]?.status === 'GRANTED';
}

/**
 * Hands the question to Alexa, which asks the user and answers with a Connections.Response
 * carrying the same token. The response that sends it must leave shouldEndSession out.
 */
export function askForPermission(scope: string, token: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: scope, consentLevel: 'ACCOUNT' }],
    },
    token,
  };
}

/** What the user answered, from the Connections.Response's payload. */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

export function consentAnswer(payload: unknown): ConsentAnswer {
  const status = (payload as { status?: unknown } | undefined)?.status;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}
