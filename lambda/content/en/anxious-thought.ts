/** What Steady says about anxious-thought, in English. */
export const anxiousThought = {};
