/** A few ANSI styles, used only on a terminal that wants colour (NO_COLOR unset). */
const CODES = { dim: [2, 22], bold: [1, 22], cyan: [36, 39], yellow: [33, 39], red: [31, 39] } as const;

export type Style = keyof typeof CODES;

export function stylerFor(stream: NodeJS.WriteStream): (style: Style, text: string) => string {
  const colour = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return (style, text) => {
    if (!colour) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}
