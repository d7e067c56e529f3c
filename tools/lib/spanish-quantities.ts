/**
 * Spanish numbers, durations and times, said the way Alexa's Spanish models fill AMAZON.NUMBER,
 * AMAZON.DURATION and AMAZON.TIME: the runner turns them into the English quantity words
 * spoken-quantities.ts already reads ("veinticinco minutos" -> "twenty five minutes",
 * "las siete de la tarde" -> "seven pm", "media hora" -> "half an hour").
 */
const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS: Record<string, string> = {
  diez: 'ten',
  once: 'eleven',
  doce: 'twelve',
  trece: 'thirteen',
  catorce: 'fourteen',
  quince: 'fifteen',
  dieciseis: 'sixteen',
  diecisiete: 'seventeen',
  dieciocho: 'eighteen',
  diecinueve: 'nineteen',
  veinte: 'twenty',
  treinta: 'thirty',
  cuarenta: 'forty',
  cincuenta: 'fifty',
  sesenta: 'sixty',
  setenta: 'seventy',
  ochenta: 'eighty',
  noventa: 'ninety',
  cien: 'hundred',
  ciento: 'hundred',
  mil: 'thousand',
};
const WORDS: Record<string, string> = {
  un: 'one',
  una: 'one',
  minuto: 'minute',
  minutos: 'minutes',
  min: 'minutes',
  hora: 'hour',
  horas: 'hours',
  segundo: 'second',
  segundos: 'seconds',
  dia: 'day',
  dias: 'days',
  mediodia: 'noon',
  medianoche: 'midnight',
};

function numberWord(token: string): string[] | undefined {
  const unit = UNITS.indexOf(token);
  if (unit >= 0) return [ENGLISH_UNITS[unit]!];
  if (TEENS[token]) return [TEENS[token]!];
  const twenty = /^veinti(.+)$/.exec(token);
  if (twenty && UNITS.includes(twenty[1]!)) return ['twenty', ENGLISH_UNITS[UNITS.indexOf(twenty[1]!)]!];
  return undefined;
}

/** The Spanish quantity tokens of a span as the English quantity words they mean; other words pass through. */
export function englishQuantityTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (token === 'media' && next === 'hora') {
      out.push('half', 'an', 'hour');
      i += 1;
    } else if (token === 'y' && next === 'media') {
      out.push(out.some((word) => /^(?:minute|hour|second|day)s?$/.test(word)) ? 'and' : 'thirty');
      if (out[out.length - 1] === 'and') out.push('a', 'half');
      i += 1;
    } else if (token === 'y' && next === 'cuarto') {
      out.push('fifteen');
      i += 1;
    } else if (token === 'y' && next !== undefined && numberWord(next)) {
      // "treinta y cinco": the English reads "thirty five" without a joining word.
    } else if (token === 'de' && next === 'la' && afterNext !== undefined && ['manana', 'madrugada'].includes(afterNext)) {
      out.push('am');
      i += 2;
    } else if (token === 'de' && next === 'la' && afterNext !== undefined && ['tarde', 'noche'].includes(afterNext)) {
      out.push('pm');
      i += 2;
    } else if ((token === 'la' || token === 'las') && i === 0) {
      // "las siete": the article a Spanish time carries.
    } else {
      out.push(...(numberWord(token) ?? [WORDS[token] ?? token]));
    }
  }
  return out;
}
