/** What Steady says about i-statement, in English. */
export const iStatement = {};
