/** What Steady says about audio, in English. */
export const audio = {};
