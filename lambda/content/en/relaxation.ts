/** What Steady says about relaxation, in English. */
export const relaxation = {};
