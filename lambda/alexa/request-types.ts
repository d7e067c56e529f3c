/**
 * Request types that come from a user's own turn and so may be answered with speech. Alexa refuses
 * a response that speaks to anything else (SessionEndedRequest, System.ExceptionEncountered,
 * CanFulfillIntentRequest, AudioPlayer and PlaybackController events, skill events), which the
 * user would hear as the device's error tone.
 */
const SPEAKABLE_REQUEST_TYPES: ReadonlySet<string> = new Set([
  'LaunchRequest',
  'IntentRequest',
  'SessionResumedRequest',
  'Connections.Response',
  'Alexa.Presentation.APL.UserEvent',
  'Alexa.Presentation.APLT.UserEvent',
  'Display.ElementSelected',
]);

export function acceptsSpeech(requestType: string | undefined): boolean {
  return requestType !== undefined && SPEAKABLE_REQUEST_TYPES.has(requestType);
}
