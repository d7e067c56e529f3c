import type { RequestEnvelope } from 'ask-sdk-model';

export interface PracticeRequestOptions {
  readonly userId?: string;
  readonly deviceId?: string;
  readonly requestId?: string;
  /** Alexa's request timestamp, ISO 8601. */
  readonly timestamp?: string;
  readonly apiEndpoint?: string;
  readonly apiAccessToken?: string;
}

/** An IntentRequest envelope as Alexa sends it, with the parts the practice service reads. */
export function practiceRequest(options: PracticeRequestOptions = {}): RequestEnvelope {
  const user = { userId: options.userId ?? 'amzn1.ask.account.TESTUSER' };
  const application = { applicationId: 'amzn1.ask.skill.test' };
  return {
    version: '1.0',
    session: { new: false, sessionId: 'amzn1.echo-api.session.test', application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        device: { deviceId: options.deviceId ?? 'amzn1.ask.device.TESTDEVICE', supportedInterfaces: {} },
        apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
        ...(options.apiAccessToken !== undefined ? { apiAccessToken: options.apiAccessToken } : {}),
      },
    },
    request: {
      type: 'IntentRequest',
      requestId: options.requestId ?? 'amzn1.echo-api.request.test',
      timestamp: options.timestamp ?? '2026-03-10T18:00:00Z',
      locale: 'en-US',
      dialogState: 'COMPLETED',
      intent: { name: 'BreatheIntent', confirmationStatus: 'NONE' },
    },
  };
}
