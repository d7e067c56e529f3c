/** What Steady says about safety, in English. */
export const safety = {};
