/** What Steady says about summary, in English. */
export const summary = {};
