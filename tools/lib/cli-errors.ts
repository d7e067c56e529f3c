/**
 * How Steady's command-line tools fail: one line that says what went wrong and what to do, never a
 * stack trace. A tool throws `ToolError` for the mistakes it can name; anything else is a bug and
 * still prints one line, with the way to see the stack.
 */

/** A failure the tool can explain: the message is the one line the user reads. */
export class ToolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ToolError';
  }
}

export const DEBUG_VARIABLE = 'STEADY_DEBUG';

/** The one line a failure prints. */
export function oneLine(error: unknown, tool: string): string {
  if (error instanceof ToolError) return error.message.replace(/\s*\n\s*/g, ' ');
  const message = error instanceof Error ? error.message : String(error);
  return `${tool} failed: ${message.split('\n')[0]} (run again with ${DEBUG_VARIABLE}=1 to see where)`;
}

/**
 * Runs a tool's main and exits with its code. Failures print `oneLine`; with STEADY_DEBUG=1 the
 * full error follows, for whoever is fixing the tool.
 */
export function runTool(tool: string, main: () => Promise<number> | number, options: { exit?: boolean } = {}): void {
  const finish = (code: number): void => {
    process.exitCode = code;
    // A tool that holds servers or a prompt open ends here rather than waiting for them.
    if (options.exit) process.exit(code);
  };
  Promise.resolve()
    .then(main)
    .then(finish, (error: unknown) => {
      console.error(oneLine(error, tool));
      if (process.env[DEBUG_VARIABLE]) console.error(error);
      finish(1);
    });
}
