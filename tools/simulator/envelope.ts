/**
 * Builds request envelopes shaped exactly like the JSON Alexa sends to a skill's endpoint, so the
 * runner and the tests exercise the real handler with real input.
 */
import { randomUUID } from 'node:crypto';
import type {
  IntentConfirmationStatus,
  IntentRequest,
  Request,
  RequestEnvelope,
  Session,
  SessionEndedReason,
  Slot,
  SupportedInterfaces,
  interfaces,
  slu,
} from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.5e1a6d2c-0f3b-4c8e-9a7d-2b6f8c4e1d90';
export const TEST_USER_ID = 'amzn1.ask.account.AGF5T2LOCALTESTUSERQ7XQ3WZJ6UEXAMPLEK4N2VHR5SPL7YDM3BCT6FGA4IW';
export const TEST_DEVICE_ID = 'amzn1.ask.device.AEWLOCALTESTDEVICE2R6K3J7Q5XZ4NVB8MHC2T6FYDPW3G5LEXAMPLE';
export const DEFAULT_API_ENDPOINT = 'https://api.amazonalexa.com';
/** Shaped like Alexa's token (a JWT); nothing checks its signature locally. */
export const TEST_API_ACCESS_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20iLCJpc3MiOiJBbGV4YVNraWxsS2l0In0.bG9jYWwtdGVzdC1zaWduYXR1cmU';

export interface EnvelopeOptions {
  locale?: string;
  userId?: string;
  deviceId?: string;
  skillId?: string;
  apiEndpoint?: string;
  /** `null` leaves the token out, as for requests that carry none. */
  apiAccessToken?: string | null;
  timestamp?: Date;
  requestId?: string;
  /** Omitted: a new session. `null`: no session object (as in out-of-session requests). */
  session?: { sessionId: string; isNew: boolean; attributes?: Record<string, unknown> } | null;
  /** A screen device: announces Alexa.Presentation.APL and describes a viewport. */
  screen?: boolean;
  /** Permission scopes the user has granted, e.g. REMINDERS_PERMISSION: the request carries a consent token. */
  grantedPermissions?: readonly string[];
}

export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';
export const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';
/** Shaped like the consent token Alexa sends once a permission is granted. */
export const TEST_CONSENT_TOKEN = 'Atza|local-consent-token';

/** The user as Alexa describes them, with the permissions they have granted. */
function userOf(o: EnvelopeOptions): interfaces.system.SystemState['user'] {
  const user: interfaces.system.SystemState['user'] = { userId: o.userId ?? TEST_USER_ID };
  const granted = o.grantedPermissions ?? [];
  if (granted.length > 0) {
    user.permissions = {
      consentToken: TEST_CONSENT_TOKEN,
      scopes: Object.fromEntries(granted.map((scope) => [scope, { status: 'GRANTED' as const }])),
    };
  }
  return user;
}

/**
 * A plain string is a spoken value; the object form says how entity resolution went: `id` and
 * `canonical` (the slot type value's name, when a synonym was spoken) of the matched value.
 */
export type SlotInput = string | { value: string; id?: string; resolved?: boolean; slotType?: string; canonical?: string };

export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;
export const newRequestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;

/** Alexa's timestamps are ISO 8601 in UTC without milliseconds. */
export const alexaTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const APL_INTERFACE: interfaces.alexa.presentation.apl.AlexaPresentationAplInterface = {
  runtime: { maxVersion: '2024.1' },
};

/** An Echo Show 8's viewport as Alexa describes it. */
const HUB_VIEWPORT: interfaces.viewport.ViewportState = {
  experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
  mode: 'HUB',
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  currentPixelWidth: 1280,
  currentPixelHeight: 800,
  touch: ['SINGLE'],
  keyboard: [],
  video: { codecs: ['H_264_42', 'H_264_41'] },
};

function buildSession(o: EnvelopeOptions): Session | undefined {
  if (o.session === null) return undefined;
  const given = o.session ?? { sessionId: newSessionId(), isNew: true };
  const session: Session = {
    new: given.isNew,
    sessionId: given.sessionId,
    application: { applicationId: o.skillId ?? TEST_SKILL_ID },
    user: userOf(o),
  };
  // Alexa sends attributes only once the skill has set some in the session.
  if (given.attributes && Object.keys(given.attributes).length > 0) session.attributes = { ...given.attributes };
  return session;
}

function buildEnvelope(request: Request, o: EnvelopeOptions): RequestEnvelope {
  const application = { applicationId: o.skillId ?? TEST_SKILL_ID };
  const user = userOf(o);
  const supportedInterfaces: SupportedInterfaces = o.screen ? { 'Alexa.Presentation.APL': APL_INTERFACE } : {};
  const system: interfaces.system.SystemState = {
    application,
    user,
    device: { deviceId: o.deviceId ?? TEST_DEVICE_ID, supportedInterfaces },
    apiEndpoint: o.apiEndpoint ?? DEFAULT_API_ENDPOINT,
  };
  const token = o.apiAccessToken === undefined ? TEST_API_ACCESS_TOKEN : o.apiAccessToken;
  if (token !== null) system.apiAccessToken = token;

  const context: RequestEnvelope['context'] = { System: system };
  if (o.screen) context.Viewport = { ...HUB_VIEWPORT };
  const session = buildSession(o);
  // Keys in Alexa's order (session before context) so fixtures and printed envelopes diff cleanly.
  return session ? { version: '1.0', session, context, request } : { version: '1.0', context, request };
}

function requestBase(o: EnvelopeOptions): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: o.requestId ?? newRequestId(),
    timestamp: alexaTimestamp(o.timestamp ?? new Date()),
    locale: o.locale ?? 'en-US',
  };
}

const BUILT_IN_SLOT_TYPE = /^AMAZON\./;

function buildSlot(name: string, input: SlotInput | undefined, skillId: string): Slot {
  if (input === undefined) return { name, confirmationStatus: 'NONE' };
  const given = typeof input === 'string' ? { value: input } : input;
  const slot: Slot = { name, value: given.value, confirmationStatus: 'NONE' };
  if (given.slotType === undefined || BUILT_IN_SLOT_TYPE.test(given.slotType)) return slot;
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${given.slotType}`;
  const matched = given.resolved ?? given.id !== undefined;
  const resolution: slu.entityresolution.Resolution = matched
    ? {
        authority,
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: given.canonical ?? given.value, id: given.id ?? given.value } }],
      }
    : // Alexa sends no values at all when nothing matched; the SDK's type insists on the array.
      ({ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution);
  slot.resolutions = { resolutionsPerAuthority: [resolution] };
  return slot;
}

export function launchRequest(o: EnvelopeOptions = {}): RequestEnvelope {
  // Alexa adds shouldLinkResultBeReturned to every LaunchRequest; the SDK's type predates it.
  const request = { type: 'LaunchRequest', ...requestBase(o), shouldLinkResultBeReturned: false };
  return buildEnvelope(request as Request, o);
}

/**
 * Slots given as `undefined` are present without a value, as Alexa sends unfilled slots. A slot
 * gets resolutions only when its custom `slotType` is named: resolved with `id` (or
 * `resolved: true`), otherwise ER_SUCCESS_NO_MATCH.
 */
export function intentRequest(
  intentName: string,
  slots: Record<string, SlotInput | undefined> = {},
  o: EnvelopeOptions & { confirmationStatus?: IntentConfirmationStatus } = {},
): RequestEnvelope {
  const skillId = o.skillId ?? TEST_SKILL_ID;
  const intent: IntentRequest['intent'] = { name: intentName, confirmationStatus: o.confirmationStatus ?? 'NONE' };
  const slotNames = Object.keys(slots);
  if (slotNames.length > 0) {
    intent.slots = Object.fromEntries(slotNames.map((name) => [name, buildSlot(name, slots[name], skillId)]));
  }
  // Alexa leaves dialogState out for skills without a dialog model; the SDK's type insists on it.
  const request = { type: 'IntentRequest', ...requestBase(o), intent } as IntentRequest;
  return buildEnvelope(request, o);
}

export function sessionEndedRequest(
  reason: SessionEndedReason,
  o: EnvelopeOptions = {},
  error?: { type: string; message: string },
): RequestEnvelope {
  const request = { type: 'SessionEndedRequest', ...requestBase(o), reason, ...(error ? { error } : {}) };
  return buildEnvelope(request as Request, o);
}

/** Any other request type, for example `System.ExceptionEncountered` or `Connections.Response`. */
export function requestOfType(type: string, extra: Record<string, unknown> = {}, o: EnvelopeOptions = {}): RequestEnvelope {
  return buildEnvelope({ type, ...requestBase(o), ...extra } as unknown as Request, o);
}

/**
 * Alexa's answer after it asked the user for a permission the skill requested with
 * `Connections.SendRequest` (AskFor): the same token back, and what the user said. An accepted
 * permission is also carried by this and every later request.
 */
export function permissionAnswer(
  scope: string,
  status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
  token: string,
  o: EnvelopeOptions = {},
): RequestEnvelope {
  const granted = status === 'ACCEPTED' ? [...new Set([...(o.grantedPermissions ?? []), scope])] : (o.grantedPermissions ?? []);
  return requestOfType(
    'Connections.Response',
    { name: 'AskFor', status: { code: '200', message: 'OK' }, payload: { permissionScope: scope, status }, token },
    { ...o, grantedPermissions: granted },
  );
}
