/** What Steady says about bedtime, in English. */
export const bedtime = {};
