/** How the breathing visual and the practice card look: colours and sizes, as data. */

export interface Look {
  readonly background: string;
  readonly circle: string;
  readonly circleOpacity: number;
  /** A thin halo around the circle, so its edge reads as soft rather than hard. */
  readonly halo: string;
  readonly text: string;
  readonly textOpacity: number;
  readonly wordSize: string;
}

/** A calm evening blue with a pale teal circle. */
export const DAY_LOOK: Look = {
  background: '#102A33',
  circle: '#8FD3CB',
  circleOpacity: 0.85,
  halo: '#C8ECE7',
  text: '#E8F4F2',
  textOpacity: 1,
  wordSize: '40dp',
};

/** Dim and dark for bedtime: a faint indigo circle on black, the words barely there. */
export const BEDTIME_LOOK: Look = {
  background: '#000000',
  circle: '#2E3A66',
  circleOpacity: 0.45,
  halo: '#3C4A7A',
  text: '#6F7896',
  textOpacity: 0.6,
  wordSize: '32dp',
};
