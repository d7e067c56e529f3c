/** What Steady says about reminders, in English. */
export const reminders = {};
