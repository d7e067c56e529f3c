/** Timer permission: whether the request carries it, and how to ask for it by voice. */
import type { RequestEnvelope, interfaces } from 'ask-sdk-model';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';

/**
 * Whether the request suggests the user has granted timers: the scope's own status, or a consent
 * token (which any granted permission brings). Only a guess: the Timers API has the last word,
 * and a 401 or 403 from it leads to asking.
 */
export function mayHaveTimersPermission(envelope: RequestEnvelope): boolean {
  const permissions = envelope.context?.System?.user?.permissions;
  return Boolean(permissions?.consentToken) || permissions?.scopes?.[TIMERS_SCOPE]?.status === 'GRANTED';
}

/**
 * Hands the question to Alexa, which asks the user and answers with a Connections.Response
 * carrying the same token. The response that sends it must leave shouldEndSession out.
 */
export function askForTimersPermission(token: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: TIMERS_SCOPE, consentLevel: 'ACCOUNT' }],
    },
    token,
  };
}
