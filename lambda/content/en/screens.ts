/** What Steady says about screens, in English. */
export const screens = {};
