/** What Steady says about compassion, in English. */
export const compassion = {};
