/** What Steady says about grounding, in English. */
export const grounding = {};
