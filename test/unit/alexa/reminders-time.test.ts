import { dailyReminder } from '../../../lambda/alexa/daily-reminder';
import { askForPermission, consentAnswer, mayHavePermission, REMINDERS_SCOPE } from '../../../lambda/alexa/permission-consent';
import { parseSlotTime, reminderToken, timeFromToken } from '../../../lambda/alexa/reminder-time';
import { wordsFor } from '../../../lambda/content/words';
import { wallClock } from '../../../lambda/practice/local-time';
import { localeSpelling, spellFor } from '../../../lambda/renderers/ssml/spelling';
import { intentRequest } from '../../../tools/simulator';

const words = wordsFor('en-US');
const spokenTime = words.reminders.clockTime;

describe('AMAZON.TIME values', () => {
  it.each([
    ['21:00', { hour: 21, minute: 0 }],
    ['07:30', { hour: 7, minute: 30 }],
    ['7:05', { hour: 7, minute: 5 }],
    ['00:00', { hour: 0, minute: 0 }],
    ['MO', { hour: 8, minute: 0 }],
    ['EV', { hour: 19, minute: 0 }],
    ['NI', { hour: 21, minute: 0 }],
    ['ni', { hour: 21, minute: 0 }],
  ])('%s is %o', (value, time) => {
    expect(parseSlotTime(value)).toEqual(time);
  });

  it.each([undefined, '', '?', '25:00', '12:75', 'nine p.m.', 'T21'])('%p is no time', (value) => {
    expect(parseSlotTime(value)).toBeUndefined();
  });
});

describe('times said back', () => {
  it.each([
    [{ hour: 21, minute: 0 }, '9 PM'],
    [{ hour: 7, minute: 30 }, '7:30 AM'],
    [{ hour: 12, minute: 0 }, '12 PM'],
    [{ hour: 0, minute: 5 }, '12:05 AM'],
  ])('%o is "%s"', (time, spoken) => {
    expect(spokenTime(time)).toBe(spoken);
  });

  it('a time survives the trip through the permission token', () => {
    expect(timeFromToken(reminderToken({ hour: 7, minute: 30 }))).toEqual({ hour: 7, minute: 30 });
    expect(timeFromToken('something-else')).toBeUndefined();
  });
});

describe('the daily reminder', () => {
  it('rings every day at the time, in the user zone, in the current recurrence format', () => {
    const now = wallClock(new Date('2026-03-08T23:15:42Z'), 'America/New_York');
    expect(
      dailyReminder({
        time: { hour: 21, minute: 0 },
        text: spellFor(localeSpelling(words.spelling, 'en-US'), 'Time to practise.'),
        locale: 'en-US',
        timeZone: 'America/New_York',
        now,
      }),
    ).toEqual({
      requestTime: '2026-03-08T19:15:42.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'America/New_York',
        recurrence: {
          startDateTime: '2026-03-08T19:15:42.000',
          recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'],
        },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Time to practice.' }] } },
      pushNotification: { status: 'ENABLED' },
    });
  });

  it('without a known zone leaves the zone and start to the device', () => {
    const body = dailyReminder({ time: { hour: 7, minute: 30 }, text: 'x', locale: 'en-GB', now: wallClock(new Date(), 'UTC') });
    expect(body.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0;INTERVAL=1;'] },
    });
  });
});

describe('reminder permission', () => {
  it('is read from the consent token or the granted scope', () => {
    const envelope = intentRequest('ReminderIntent');
    expect(mayHavePermission(envelope, REMINDERS_SCOPE)).toBe(false);
    envelope.context.System.user.permissions = { consentToken: 'consent' };
    expect(mayHavePermission(envelope, REMINDERS_SCOPE)).toBe(true);
    envelope.context.System.user.permissions = { scopes: { [REMINDERS_SCOPE]: { status: 'GRANTED' } } };
    expect(mayHavePermission(envelope, REMINDERS_SCOPE)).toBe(true);
    envelope.context.System.user.permissions = { scopes: { [REMINDERS_SCOPE]: { status: 'DENIED' } } };
    expect(mayHavePermission(envelope, REMINDERS_SCOPE)).toBe(false);
  });

  it('is asked for with the AskFor connection, version 2, at account level', () => {
    expect(askForPermission(REMINDERS_SCOPE, 'daily-reminder@21:00')).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: 'alexa::alerts:reminders:skill:readwrite', consentLevel: 'ACCOUNT' }],
      },
      token: 'daily-reminder@21:00',
    });
  });

  it.each([
    [{ status: 'ACCEPTED' }, 'ACCEPTED'],
    [{ status: 'DENIED' }, 'DENIED'],
    [{ status: 'NOT_ANSWERED' }, 'NOT_ANSWERED'],
    [undefined, 'NOT_ANSWERED'],
    [{ status: 'SOMETHING_NEW' }, 'NOT_ANSWERED'],
  ])('the answer %o reads as %s', (payload, answer) => {
    expect(consentAnswer(payload)).toBe(answer);
  });
});
