import type { IntentRequest, SessionEndedRequest } from 'ask-sdk-model';
import { TEST_SKILL_ID, intentRequest, launchRequest, requestOfType, sessionEndedRequest } from '../../../../tools/simulator';
import { loadRequest } from '../../../support/fixtures';

const AT = new Date('2026-03-08T06:00:00.123Z');

describe('launchRequest', () => {
  it('has the shape Alexa sends', () => {
    const envelope = launchRequest({ timestamp: AT });
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toEqual({
      new: true,
      sessionId: expect.stringMatching(/^amzn1\.echo-api\.session\.[0-9a-f-]{36}$/),
      application: { applicationId: TEST_SKILL_ID },
      user: { userId: expect.stringMatching(/^amzn1\.ask\.account\./) },
    });
    expect(envelope.context.System).toEqual({
      application: { applicationId: TEST_SKILL_ID },
      user: envelope.session?.user,
      device: { deviceId: expect.stringMatching(/^amzn1\.ask\.device\./), supportedInterfaces: {} },
      apiEndpoint: 'https://api.amazonalexa.com',
      apiAccessToken: expect.any(String),
    });
    expect(envelope.context.Viewport).toBeUndefined();
    expect(envelope.request).toEqual({
      type: 'LaunchRequest',
      requestId: expect.stringMatching(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/),
      timestamp: '2026-03-08T06:00:00Z',
      locale: 'en-US',
      shouldLinkResultBeReturned: false,
    });
  });

  it('matches the keys of a captured launch request', () => {
    const captured = loadRequest('launch');
    const built = launchRequest();
    expect(Object.keys(built)).toEqual(Object.keys(captured));
    expect(Object.keys(built.session ?? {})).toEqual(Object.keys(captured.session ?? {}));
    expect(Object.keys(built.context.System)).toEqual(Object.keys(captured.context.System));
    expect(Object.keys(built.request)).toEqual(Object.keys(captured.request));
  });

  it('describes a screen device', () => {
    const envelope = launchRequest({ screen: true });
    expect(envelope.context.System.device?.supportedInterfaces['Alexa.Presentation.APL']).toEqual({
      runtime: { maxVersion: expect.any(String) },
    });
    expect(envelope.context.Viewport).toMatchObject({ mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280 });
  });

  it('honours ids, endpoint, token and an existing session', () => {
    const envelope = launchRequest({
      userId: 'amzn1.ask.account.U',
      deviceId: 'amzn1.ask.device.D',
      skillId: 'amzn1.ask.skill.S',
      apiEndpoint: 'http://127.0.0.1:9',
      apiAccessToken: null,
      requestId: 'amzn1.echo-api.request.R',
      locale: 'en-GB',
      session: { sessionId: 'amzn1.echo-api.session.X', isNew: false, attributes: { turn: 2 } },
    });
    expect(envelope.session).toEqual({
      new: false,
      sessionId: 'amzn1.echo-api.session.X',
      application: { applicationId: 'amzn1.ask.skill.S' },
      user: { userId: 'amzn1.ask.account.U' },
      attributes: { turn: 2 },
    });
    expect(envelope.context.System.apiAccessToken).toBeUndefined();
    expect(envelope.context.System.apiEndpoint).toBe('http://127.0.0.1:9');
    expect(envelope.context.System.device?.deviceId).toBe('amzn1.ask.device.D');
    expect(envelope.request).toMatchObject({ requestId: 'amzn1.echo-api.request.R', locale: 'en-GB' });
  });

  it('leaves the session out when asked', () => {
    expect(launchRequest({ session: null }).session).toBeUndefined();
  });
});

describe('intentRequest', () => {
  it('builds slots exactly as Alexa does', () => {
    const envelope = intentRequest('BreatheIntent', {
      technique: { value: 'square breathing', id: 'box', canonical: 'box breathing', slotType: 'BREATHING_TECHNIQUE' },
      style: { value: 'wobbly', slotType: 'BREATHING_TECHNIQUE' },
      duration: { value: 'PT3M', slotType: 'AMAZON.DURATION' },
      breaths: undefined,
      note: 'plain',
    });
    const request = envelope.request as IntentRequest;
    expect(request.type).toBe('IntentRequest');
    expect(request).not.toHaveProperty('dialogState');
    expect(request.intent).toEqual({
      name: 'BreatheIntent',
      confirmationStatus: 'NONE',
      slots: {
        technique: {
          name: 'technique',
          value: 'square breathing',
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.BREATHING_TECHNIQUE`,
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ value: { name: 'box breathing', id: 'box' } }],
              },
            ],
          },
        },
        style: {
          name: 'style',
          value: 'wobbly',
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.BREATHING_TECHNIQUE`,
                status: { code: 'ER_SUCCESS_NO_MATCH' },
              },
            ],
          },
        },
        duration: { name: 'duration', value: 'PT3M', confirmationStatus: 'NONE' },
        breaths: { name: 'breaths', confirmationStatus: 'NONE' },
        note: { name: 'note', value: 'plain', confirmationStatus: 'NONE' },
      },
    });
    expect(request.intent.slots?.style?.resolutions?.resolutionsPerAuthority?.[0]).not.toHaveProperty('values');
  });

  it('has no slots object for an intent without slots, and carries the confirmation status', () => {
    const request = intentRequest('AMAZON.YesIntent', {}, { confirmationStatus: 'CONFIRMED' }).request as IntentRequest;
    expect(request.intent).toEqual({ name: 'AMAZON.YesIntent', confirmationStatus: 'CONFIRMED' });
  });

  it('resolves a slot type name to the real one in the captured fixture', () => {
    const captured = loadRequest('breathe-box-3-minutes').request as IntentRequest;
    const built = intentRequest(captured.intent.name, {
      technique: { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' },
    }).request as IntentRequest;
    expect(built.intent.slots?.technique?.resolutions).toEqual(captured.intent.slots?.technique?.resolutions);
  });
});

describe('other requests', () => {
  it('builds a SessionEndedRequest with its reason and error', () => {
    const envelope = sessionEndedRequest(
      'ERROR',
      { session: { sessionId: 'amzn1.echo-api.session.S', isNew: false } },
      {
        type: 'INVALID_RESPONSE',
        message: 'bad',
      },
    );
    const request = envelope.request as SessionEndedRequest;
    expect(request).toMatchObject({ type: 'SessionEndedRequest', reason: 'ERROR', error: { type: 'INVALID_RESPONSE', message: 'bad' } });
    expect(envelope.session?.new).toBe(false);
  });

  it('builds any request type with its extra fields', () => {
    const envelope = requestOfType('System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'x' } }, { session: null });
    expect(envelope.request).toMatchObject({ type: 'System.ExceptionEncountered', error: { type: 'INVALID_RESPONSE' } });
    expect(envelope.session).toBeUndefined();
  });
});
