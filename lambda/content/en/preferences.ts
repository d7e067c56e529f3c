/** What Steady says about preferences, in English. */
export const preferences = {};
