/**
 * Reads numbers and durations the way Alexa fills AMAZON.NUMBER ("twenty five" -> "25") and
 * AMAZON.DURATION ("a minute and a half" -> "PT1M30S") slots. Input is normalised tokens.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/** The value of a single token: `"7"`, `"seven"`, `"1.5"`; undefined for anything else. */
export function tokenNumber(token: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  return UNITS[token] ?? TENS[token];
}

/**
 * A whole number spoken in words or digits: "ten", "twenty five", "a hundred and five", "25".
 * Undefined unless every token is part of one number ("four seven eight" is not a number).
 */
export function parseNumber(tokens: readonly string[]): number | undefined {
  if (tokens.length === 1 && /^\d+(\.\d+)?$/.test(tokens[0] ?? '')) return Number(tokens[0]);
  let total = 0;
  let current = 0;
  let words = 0;
  for (const [i, token] of tokens.entries()) {
    const isLast = i === tokens.length - 1;
    if (token === 'and' && words > 0 && !isLast) continue;
    if ((token === 'a' || token === 'an') && i === 0 && SCALES[tokens[1] ?? ''] !== undefined) {
      current = 1;
      continue;
    }
    const unit = UNITS[token];
    const ten = TENS[token];
    const scale = SCALES[token];
    const belowHundred = current % 100;
    if (unit !== undefined) {
      if (belowHundred !== 0 && (belowHundred < 20 || belowHundred % 10 !== 0)) return undefined;
      current += unit;
    } else if (ten !== undefined) {
      if (belowHundred !== 0) return undefined;
      current += ten;
    } else if (scale === 100) {
      if (current < 1 || current > 99) return undefined;
      current *= 100;
    } else if (scale === 1000) {
      if (current < 1) return undefined;
      total += current * 1000;
      current = 0;
    } else {
      return undefined;
    }
    words += 1;
  }
  return words > 0 ? total + current : undefined;
}

type DurationUnit = 'D' | 'H' | 'M' | 'S';

const UNIT_WORDS: Record<string, DurationUnit> = {
  day: 'D',
  days: 'D',
  hour: 'H',
  hours: 'H',
  hr: 'H',
  hrs: 'H',
  minute: 'M',
  minutes: 'M',
  min: 'M',
  mins: 'M',
  second: 'S',
  seconds: 'S',
  sec: 'S',
  secs: 'S',
};
const UNIT_SECONDS: Record<DurationUnit, number> = { D: 86_400, H: 3600, M: 60, S: 1 };

/** Total seconds of a spoken duration; undefined unless every token belongs to it. */
export function parseDurationSeconds(tokens: readonly string[]): number | undefined {
  let seconds = 0;
  let lastUnit: DurationUnit | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] === 'and' && lastUnit !== undefined) {
      // "a minute and a half": half of the unit just spoken.
      if (tokens[i + 1] === 'a' && tokens[i + 2] === 'half') {
        seconds += UNIT_SECONDS[lastUnit] / 2;
        i += 3;
      } else {
        i += 1;
      }
      continue;
    }
    if (tokens[i] === 'half' && (tokens[i + 1] === 'a' || tokens[i + 1] === 'an')) {
      const unit = UNIT_WORDS[tokens[i + 2] ?? ''];
      if (unit === undefined) return undefined;
      seconds += UNIT_SECONDS[unit] / 2;
      lastUnit = unit;
      i += 3;
      continue;
    }
    const unitAt = tokens.findIndex((token, j) => j > i && UNIT_WORDS[token] !== undefined);
    const unit = UNIT_WORDS[tokens[unitAt] ?? ''];
    const amount = parseAmount(tokens.slice(i, unitAt));
    if (unitAt < 0 || unit === undefined || amount === undefined) return undefined;
    seconds += amount * UNIT_SECONDS[unit];
    lastUnit = unit;
    i = unitAt + 1;
  }
  return lastUnit === undefined ? undefined : seconds;
}

/** "a", "three", "ninety", "2.5", "one and a half". */
function parseAmount(tokens: readonly string[]): number | undefined {
  const n = tokens.length;
  if (n === 1 && (tokens[0] === 'a' || tokens[0] === 'an')) return 1;
  if (n >= 4 && tokens[n - 3] === 'and' && tokens[n - 2] === 'a' && tokens[n - 1] === 'half') {
    const whole = parseNumber(tokens.slice(0, n - 3));
    return whole === undefined ? undefined : whole + 0.5;
  }
  return parseNumber(tokens);
}

/** ISO 8601 as Alexa sends it: `PT3M`, `PT90S`, `PT1H30M`, `P1D`. */
export function isoDuration(totalSeconds: number): string {
  let rest = totalSeconds;
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = Math.round((rest - minutes * 60) * 1000) / 1000;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  const date = days ? `${days}D` : '';
  if (!date && !time) return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * Alexa keeps the unit the user spoke: "ninety seconds" is PT90S, not PT1M30S. Only a fraction
 * ("a minute and a half") spills into the next smaller unit.
 */
export function parseDuration(tokens: readonly string[]): string | undefined {
  const spoken = singleUnitDuration(tokens);
  if (spoken !== undefined) return spoken;
  const seconds = parseDurationSeconds(tokens);
  return seconds === undefined ? undefined : isoDuration(seconds);
}

function singleUnitDuration(tokens: readonly string[]): string | undefined {
  const unit = UNIT_WORDS[tokens[tokens.length - 1] ?? ''];
  if (unit === undefined) return undefined;
  const amount = parseAmount(tokens.slice(0, -1));
  if (amount === undefined || !Number.isInteger(amount)) return undefined;
  return unit === 'D' ? `P${amount}D` : `PT${amount}${unit}`;
}

const PERIOD_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const AFTERNOON_WORDS = [['pm'], ['p', 'm'], ['in', 'the', 'afternoon'], ['in', 'the', 'evening'], ['at', 'night'], ['tonight']];
const MORNING_WORDS = [['am'], ['a', 'm'], ['in', 'the', 'morning']];

function endsWith(tokens: readonly string[], ending: readonly string[]): boolean {
  return ending.length <= tokens.length && ending.every((word, i) => tokens[tokens.length - ending.length + i] === word);
}

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * A time of day the way Alexa fills AMAZON.TIME: "nine p.m." -> "21:00", "seven thirty in the
 * morning" -> "07:30", "half past eight" -> "08:30", "noon" -> "12:00", "evening" -> "EV".
 */
export function parseTime(tokens: readonly string[]): string | undefined {
  const words = tokens.filter((word) => word !== 'at' || tokens.length === 1);
  if (words.length === 1 && words[0] === 'noon') return '12:00';
  if (words.length === 1 && words[0] === 'midnight') return '00:00';
  const period = words.length <= 2 ? PERIOD_OF_DAY[words[words.length - 1] ?? ''] : undefined;
  if (period && (words.length === 1 || words[0] === 'the' || words[0] === 'in')) return period;

  let rest = [...tokens];
  let half: 'am' | 'pm' | undefined;
  for (const ending of AFTERNOON_WORDS) if (!half && endsWith(rest, ending)) (half = 'pm'), (rest = rest.slice(0, -ending.length));
  for (const ending of MORNING_WORDS) if (!half && endsWith(rest, ending)) (half = 'am'), (rest = rest.slice(0, -ending.length));
  if (endsWith(rest, ["o'clock"]) || endsWith(rest, ['oclock'])) rest = rest.slice(0, -1);

  let hour: number | undefined;
  let minute = 0;
  if ((rest[0] === 'half' || rest[0] === 'quarter') && (rest[1] === 'past' || rest[1] === 'to') && rest.length === 3) {
    const base = tokenNumber(rest[2]!);
    if (base === undefined) return undefined;
    const offset = rest[0] === 'half' ? 30 : 15;
    [hour, minute] = rest[1] === 'past' ? [base, offset] : [(base + 23) % 24, 60 - offset];
  } else {
    hour = rest.length > 0 ? tokenNumber(rest[0]!) : undefined;
    const minutes = rest.slice(1).filter((word) => word !== 'oh');
    if (minutes.length > 0) {
      const parsed = parseNumber(minutes);
      if (parsed === undefined) return undefined;
      minute = parsed;
    }
  }
  if (hour === undefined || !Number.isInteger(hour) || hour > 23 || minute > 59) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return hhmm(hour, minute);
}
