/**
 * `npm start`: talk to the real Steady handler in a terminal. What you type is resolved against
 * interaction-models/en-US.json, sent as a real Alexa request envelope, and the reply is printed
 * with its pauses. Practice history lives in an embedded database under .local/db.
 */
import { createInterface } from 'node:readline';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Conversation } from './lib/conversation';
import { TEST_SKILL_ID } from './lib/envelope';
import { loadInteractionModel } from './lib/interaction-model';
import { Nlu } from './lib/nlu';
import { type SettingsApiStub, startSettingsApiStub } from './lib/settings-api-stub';
import { TerminalConversation, type TerminalOptions } from './lib/terminal-conversation';
import { stylerFor } from './lib/terminal-style';
import { formatLocal, instantFromLocal, isTimeZone, machineTimeZone } from './lib/zoned-time';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDb, startLocalDb } from './local-db';

const USAGE = `Talk to Steady in the terminal, through the same handler the Lambda runs.

Usage: npm start [-- options]

  --say "TEXT"     one turn without a prompt; repeat for several turns in order
  --ssml           print the raw SSML of each reply as well
  --audio FILE     speak each reply into FILE (FILE-2.wav, … for later replies) with espeak-ng
  --fresh          start with an empty practice history (wipes the db folder)
  --db DIR         where practice history is kept (default: .local/db)
  --date WHEN      the date and time of the first request, in the chosen zone,
                   e.g. 2026-03-08T22:00; later turns move on with real time
  --tz ZONE        the device's time zone, e.g. America/Los_Angeles (default: this machine's)
  --screen         be an Echo Show (announces APL and a viewport)
  --logs           show the skill's log lines
  --help           this text

Type what you would say to Alexa: "ask steady to help me breathe", "open steady" and then
"box breathing", "what's my streak". "quit" ends Steady's session, or the runner when none is open.`;

const DEFAULT_DB_DIR = join(__dirname, '..', '.local', 'db');

interface RunnerOptions extends TerminalOptions {
  readonly say: readonly string[];
  readonly fresh: boolean;
  readonly dbDir: string;
  readonly date?: string;
  readonly timeZone: string;
  readonly screen: boolean;
}

/** A mistake in the command line, answered with a pointer to --help. */
class UsageError extends Error {}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      say: { type: 'string', multiple: true },
      ssml: { type: 'boolean', default: false },
      audio: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      db: { type: 'string' },
      date: { type: 'string' },
      tz: { type: 'string' },
      screen: { type: 'boolean', default: false },
      logs: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}

function readOptions(argv: readonly string[]): RunnerOptions | 'help' {
  let values: ReturnType<typeof parseFlags>['values'];
  try {
    values = parseFlags(argv).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const timeZone = values.tz ?? machineTimeZone();
  if (!isTimeZone(timeZone)) throw new UsageError(`--tz ${timeZone} is not an IANA time zone (for example Europe/Paris)`);
  return {
    say: values.say ?? [],
    ssml: values.ssml,
    ...(values.audio !== undefined ? { audio: values.audio } : {}),
    fresh: values.fresh,
    dbDir: values.db ?? DEFAULT_DB_DIR,
    ...(values.date !== undefined ? { date: values.date } : {}),
    timeZone,
    screen: values.screen,
    logs: values.logs,
  };
}

async function readLines(onLine: (line: string) => Promise<boolean>, prompt: string): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  rl.setPrompt(prompt);
  if (interactive) rl.prompt();
  try {
    for await (const line of rl) {
      if (!interactive) console.log(`${prompt}${line}`);
      if (!(await onLine(line))) break;
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
}

function parseDate(text: string, timeZone: string): Date {
  try {
    return instantFromLocal(text, timeZone);
  } catch (error) {
    throw new UsageError(`--date: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The skill reads its table and endpoint when its module loads, so this runs before the import. */
function pointSkillAt(db: LocalDb): void {
  process.env.AWS_ENDPOINT_URL_DYNAMODB = db.endpoint;
  process.env.TABLE_NAME = db.tableName;
  process.env.AWS_REGION = LOCAL_REGION;
  process.env.AWS_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_CREDENTIALS.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const startAt = options.date ? parseDate(options.date, options.timeZone) : undefined;
  const runStartedAt = Date.now();
  const clock = (): Date => new Date((startAt?.getTime() ?? runStartedAt) + (Date.now() - runStartedAt));

  // The SDK's notice about future Node versions is for deployers; it would only clutter replies here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const nlu = new Nlu(loadInteractionModel('en-US'));
  let db: LocalDb | undefined;
  let settings: SettingsApiStub | undefined;
  try {
    db = await startLocalDb({ dir: options.dbDir, fresh: options.fresh });
    settings = await startSettingsApiStub({ timeZone: options.timeZone });
    pointSkillAt(db);
    const { createHandler } = await import('../lambda/index');
    const handler = createHandler({ clock });

    const conversation = new Conversation(handler, {
      clock,
      apiEndpoint: settings.endpoint,
      skillId: process.env.SKILL_ID ?? TEST_SKILL_ID,
      screen: options.screen,
    });
    const terminal = new TerminalConversation(nlu, conversation, options);
    const style = stylerFor(process.stdout);

    if (options.say.length > 0) {
      for (const line of options.say) {
        console.log(`${style('bold', 'you>')} ${line}`);
        if (!(await terminal.hear(line))) break;
      }
      return 0;
    }

    const history = relative(process.cwd(), db.dir) || '.';
    const device = options.screen ? 'an Echo Show' : 'a voice-only Echo';
    console.log(style('bold', 'Steady, locally') + style('dim', ` (the real skill handler and en-US model; history in ${history})`));
    console.log('Try: "ask steady to help me breathe" · "open steady", then "box breathing" · "what\'s my streak" · "quit"');
    console.log(style('dim', `It is ${formatLocal(clock(), options.timeZone)} in ${options.timeZone}, on ${device}. --help lists the options.`));
    await readLines((line) => terminal.hear(line), 'you> ');
    return 0;
  } finally {
    await settings?.stop();
    await db?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\nnpm start -- --help lists the options.`);
    else console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exit(1);
  },
);
