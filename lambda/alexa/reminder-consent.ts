/** Reminder permission: whether the request carries it, and how to ask for it by voice. */
import type { RequestEnvelope, interfaces } from 'ask-sdk-model';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export function hasRemindersPermission(envelope: RequestEnvelope): boolean {
  const permissions = envelope.context?.System?.user?.permissions;
  return Boolean(permissions?.consentToken) || permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}

/**
 * Hands the question to Alexa, which asks the user and answers with a Connections.Response
 * carrying the same token. The response that sends it must leave shouldEndSession out.
 */
export function askForRemindersPermission(token: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }],
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
