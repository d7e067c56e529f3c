import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest } from '../../../tools/simulator';

export interface PracticeRequestOptions {
  readonly userId?: string;
  readonly deviceId?: string;
  readonly requestId?: string;
  /** Alexa's request timestamp, ISO 8601. */
  readonly timestamp?: string;
  readonly apiEndpoint?: string;
  readonly apiAccessToken?: string;
}

/**
 * An IntentRequest envelope as Alexa sends it, with the parts the practice service reads, from
 * the one envelope builder the runner and every test share.
 */
export function practiceRequest(options: PracticeRequestOptions = {}): RequestEnvelope {
  const envelope = intentRequest(
    'BreatheIntent',
    {},
    {
      userId: options.userId ?? 'amzn1.ask.account.TESTUSER',
      deviceId: options.deviceId ?? 'amzn1.ask.device.TESTDEVICE',
      requestId: options.requestId ?? 'amzn1.echo-api.request.test',
      timestamp: new Date('2026-03-10T18:00:00Z'),
      apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
      apiAccessToken: options.apiAccessToken ?? null,
      skillId: 'amzn1.ask.skill.test',
      session: { sessionId: 'amzn1.echo-api.session.test', isNew: false },
    },
  );
  // A given timestamp is kept exactly as written, unusable ones included.
  if (options.timestamp !== undefined) envelope.request.timestamp = options.timestamp;
  return envelope;
}
