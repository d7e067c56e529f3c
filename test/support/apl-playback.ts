/**
 * Plays APL commands on paper: expands Sequential loops and reports, phase by phase, the word on
 * screen and how long the circle moves or rests, so tests can hold the picture against the voice.
 */

type Json = Record<string, unknown>;

export interface PlayedPhase {
  readonly word: string;
  readonly ms: number;
  /** Scale at the end of the phase; undefined while the circle rests. */
  readonly toScale?: number;
  readonly fromScale?: number;
}

/** Commands that cannot be played on paper make the test fail rather than pass quietly. */
const KNOWN = new Set(['Sequential', 'SetValue', 'AnimateItem', 'Idle']);

export function playCommands(commands: readonly Json[]): PlayedPhase[] {
  const played: PlayedPhase[] = [];
  let word: string | undefined;
  const run = (list: readonly Json[]): void => {
    for (const command of list) {
      const type = String(command.type);
      if (!KNOWN.has(type)) throw new Error(`cannot play ${type}`);
      if (type === 'Sequential') {
        const times = 1 + Number(command.repeatCount ?? 0);
        for (let i = 0; i < times; i += 1) run(command.commands as Json[]);
        continue;
      }
      if (type === 'SetValue') {
        expect(command.property).toBe('text');
        word = String(command.value);
        continue;
      }
      if (word === undefined) throw new Error(`${type} before any word was set`);
      if (type === 'Idle') {
        played.push({ word, ms: Number(command.delay ?? 0) });
      } else {
        const [value] = command.value as Array<{ property: string; from: Array<{ scale: number }>; to: Array<{ scale: number }> }>;
        expect(value!.property).toBe('transform');
        played.push({ word, ms: Number(command.duration), fromScale: value!.from[0]!.scale, toScale: value!.to[0]!.scale });
      }
      word = undefined;
    }
  };
  run(commands);
  return played;
}

/** The onMount commands of a RenderDocument directive's document. */
export function mountedCommands(document: Json): Json[] {
  return (document.onMount as Json[] | undefined) ?? [];
}

/** Counts commands of each type, loops expanded or not. */
export function countCommands(commands: readonly Json[], type: string): number {
  return commands.reduce(
    (sum, command) => sum + (command.type === type ? 1 : 0) + (command.commands ? countCommands(command.commands as Json[], type) : 0),
    0,
  );
}
