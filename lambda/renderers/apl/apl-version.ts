/** The APL version Steady's documents are written for; Echo Show devices from 2019 on run it. */
export const APL_VERSION = '2023.2';
