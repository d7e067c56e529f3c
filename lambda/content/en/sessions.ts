/** What every session says around its practice, in English: closes, what next, lengths. */
export const sessions = {};
