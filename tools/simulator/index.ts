/**
 * The local Alexa simulator, the one door into tools/simulator/: what the runner (`npm start`,
 * tools/converse.ts), the benchmark and the tests use to talk to the skill as Alexa does.
 *
 * - Requests: the envelopes Alexa sends (`envelope`), the Lambda context (`lambda-context`), and a
 *   conversation that carries the session from one turn to the next (`conversation`).
 * - Hearing: the NLU trained on the interaction models (`nlu`, `interaction-model`,
 *   `utterance-text`), which turns typed text into the request Alexa would send.
 * - Alexa's side: loopback stand-ins for the Reminders/Timers, Settings and Polly APIs, a
 *   misbehaving server for faults, and the loopback listener they share.
 * - The terminal: the conversation at a prompt (`terminal-conversation`), its printout, turn view,
 *   the logs taken aside, and the clock in the chosen time zone (`zoned-time`).
 *
 * Its modules only declare, so package.json here marks them free of side effects: esbuild then
 * bundles into the benchmark's measured child processes only the modules they use (the Lambda
 * context, the envelopes), not the NLU, the track rendering or the CDK that the rest reaches.
 */
export {
  type AlexaApisStub,
  type ApiFault,
  type ApiView,
  type StoredReminder,
  type StoredTimer,
  startAlexaApisStub,
  viewOf,
} from './alexa-apis-stub';
export { Conversation, type ConversationOptions, type EnvelopeBuilder, repromptOf, speechOf, type TurnOptions } from './conversation';
export {
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  permissionAnswer,
  REMINDERS_PERMISSION,
  requestOfType,
  sessionEndedRequest,
  type SlotInput,
  TEST_API_ACCESS_TOKEN,
  TEST_SKILL_ID,
  TEST_USER_ID,
  TIMERS_PERMISSION,
} from './envelope';
export {
  INTERACTION_MODELS_DIR,
  type InteractionModel,
  type LanguageModel,
  loadInteractionModel,
  type ModelSlot,
} from './interaction-model';
export { localLambdaContext } from './lambda-context';
export { captureStdoutLogs } from './log-capture';
export { listenOnLoopback, type LoopbackServer } from './loopback-server';
export {
  closedPortEndpoint,
  dynamoDbAnswer,
  dynamoDbError,
  type MisbehavingServer,
  type Misbehaviour,
  startMisbehavingServer,
} from './misbehaving-server';
export { Nlu, type Resolution } from './nlu';
export { type PollyStub, startPollyStub } from './polly-stub';
export { formatDuration, printSpeech } from './printout';
export { type SettingsApiStub, startSettingsApiStub } from './settings-api-stub';
export { TerminalConversation, type TerminalOptions } from './terminal-conversation';
export { describeResolution, directiveTypes, wrap } from './turn-view';
export { utteranceTokens, withoutWakeWord } from './utterance-text';
export { formatLocal, instantFromLocal, isTimeZone, machineTimeZone, zoneOffsetMs } from './zoned-time';
