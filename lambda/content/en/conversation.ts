/** What Steady says about conversation, in English. */
export const conversation = {};
