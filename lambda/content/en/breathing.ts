/** What Steady says about breathing, in English. */
export const breathing = {};
