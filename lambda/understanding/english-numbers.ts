/**
 * A number written in digits as an English speaker says it ("50" is "fifty", "3" is "three"), so
 * a count read from a slot weighs as the same count said in words: "swallowed 50 aspirin" and
 * "swallowed fifty aspirin" are one statement to the safety grader.
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Up to 999 in words; a longer run of digits (a year, a phone number) is read digit by digit. */
export function englishNumber(digits: string): string {
  const n = Number(digits);
  if (digits.length > 3) return [...digits].map((digit) => UNITS[Number(digit)]).join(' ');
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} ${UNITS[n % 10]}`;
  const rest = n % 100;
  return rest === 0 ? `${UNITS[Math.floor(n / 100)]} hundred` : `${UNITS[Math.floor(n / 100)]} hundred and ${englishNumber(String(rest))}`;
}
