/** What Steady says about time-apart, in English. */
export const timeApart = {};
