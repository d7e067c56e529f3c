/** The Reminders API stand-in lives with the runner, which uses it too. */
export * from '../../tools/lib/reminders-api-stub';
