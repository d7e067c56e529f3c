/** What Steady says about feelings, in English. */
export const feelings = {};
