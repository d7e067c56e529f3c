/**
 * `npm start`: talk to the real Steady handler in a terminal. What you type is understood by an
 * intent classifier trained on interaction-models/en-US.json (tools/simulator/nlu.ts: it prints the
 * intent it heard and its confidence, or that it fell back), sent as a real Alexa request
 * envelope, and the reply is printed with its pauses. Practice history lives in an embedded
 * database under .local/db.
 */
import { createInterface } from 'node:readline';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_LOCALES } from './generate-locales';
import { runTool, ToolError } from './lib/cli-errors';
import {
  Conversation,
  REMINDERS_PERMISSION,
  TEST_SKILL_ID,
  TIMERS_PERMISSION,
  loadInteractionModel,
  Nlu,
  type AlexaApisStub,
  startAlexaApisStub,
  TerminalConversation,
  type TerminalOptions,
  formatLocal,
  instantFromLocal,
  isTimeZone,
  machineTimeZone,
} from './simulator';
import { LocalAudioPlayer } from './lib/audio-device';
import { LOCAL_TRACKS_BASE_URL } from './lib/track-audio';
import { stylerFor } from './lib/terminal-style';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDb, startLocalDb } from './local-db';

/** Seals the runner's session attributes and playback tokens; not a secret. */
const LOCAL_SIGNING_KEY = 'steady-local-runner-signing-key';

const USAGE = `Talk to Steady in the terminal, through the same handler the Lambda runs.

Usage: npm start [-- options]

  --say "TEXT"     one turn without a prompt; repeat for several turns in order
  --ssml           print the raw SSML of each reply as well
  --audio FILE     speak each reply into FILE (FILE-2.wav, … for later replies) with espeak-ng;
                   FILE.mp3: be an Echo that plays audio, and write the track a reply plays
  --fresh          start with an empty practice history (wipes the db folder)
  --db DIR         where practice history is kept (default: .local/db)
  --date WHEN      the date and time of the first request, in the chosen zone,
                   e.g. 2026-03-08T22:00; later turns move on with real time
  --tz ZONE        the device's time zone, e.g. America/Los_Angeles (default: this machine's)
  --screen         be an Echo Show (announces APL and a viewport)
  --locale LOCALE  the device's language: en-US (default), en-GB, en-CA, en-AU, en-IN, es-US, es-MX or es-ES
  --grant WHAT     permissions already granted: reminders, timers or both (reminders,timers);
                   without it, Steady asks and you answer yes or no when Alexa would
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
  readonly locale: string;
}

/** A mistake in the command line, answered with a pointer to --help. */
class UsageError extends ToolError {
  constructor(message: string) {
    super(`${message}. npm start -- --help lists the options.`);
  }
}

const PERMISSIONS: Readonly<Record<string, string>> = { reminders: REMINDERS_PERMISSION, timers: TIMERS_PERMISSION };

function grantedScopes(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(',').map((name) => {
    const scope = PERMISSIONS[name.trim().toLowerCase()];
    if (!scope) throw new UsageError(`--grant ${name.trim()}: Steady asks for reminders and timers only`);
    return scope;
  });
}

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
      locale: { type: 'string' },
      grant: { type: 'string' },
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
  const locale = values.locale ?? 'en-US';
  if (!(MODEL_LOCALES as readonly string[]).includes(locale))
    throw new UsageError(`--locale ${locale}: Steady speaks ${MODEL_LOCALES.join(', ')}`);
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
    locale,
    granted: grantedScopes(values.grant),
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
  const startAt = options.date !== undefined ? parseDate(options.date, options.timeZone) : undefined;
  const runStartedAt = Date.now();
  const clock = (): Date => new Date((startAt?.getTime() ?? runStartedAt) + (Date.now() - runStartedAt));

  // The SDK's notice about future Node versions is for deployers; it would only clutter replies here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const nlu = new Nlu(loadInteractionModel(options.locale), { language: options.locale.startsWith('es') ? 'es' : 'en' });
  let db: LocalDb | undefined;
  let settings: AlexaApisStub | undefined;
  try {
    db = await startLocalDb({ dir: options.dbDir, fresh: options.fresh });
    // Alexa's APIs on one loopback endpoint: the device's time zone, and reminders and timers once granted.
    settings = await startAlexaApisStub({ timeZone: options.timeZone });
    pointSkillAt(db);
    const playsTracks = options.audio?.toLowerCase().endsWith('.mp3') ?? false;
    if (playsTracks) process.env.PUBLIC_BASE_URL ??= LOCAL_TRACKS_BASE_URL;
    // The runner's own signing key (the stack makes the deployed one): nothing it seals leaves this machine.
    process.env.SIGNING_KEY ??= LOCAL_SIGNING_KEY;
    const { createHandler } = await import('../lambda/index');
    const lambdaHandler = createHandler({ clock });
    const handler = playsTracks ? new LocalAudioPlayer().wrap(lambdaHandler) : lambdaHandler;

    const conversation = new Conversation(handler, {
      clock,
      apiEndpoint: settings.endpoint,
      skillId: process.env.SKILL_ID ?? TEST_SKILL_ID,
      screen: options.screen,
      locale: options.locale,
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
    console.log(
      style('bold', 'Steady, locally') + style('dim', ` (the real skill handler and ${options.locale} model; history in ${history})`),
    );
    console.log('Try: "ask steady to help me breathe" · "open steady", then "box breathing" · "what\'s my streak" · "quit"');
    console.log(
      style('dim', `It is ${formatLocal(clock(), options.timeZone)} in ${options.timeZone}, on ${device}. --help lists the options.`),
    );
    await readLines((line) => terminal.hear(line), 'you> ');
    return 0;
  } finally {
    await settings?.stop();
    await db?.stop();
  }
}

runTool('npm start', () => main(process.argv.slice(2)), { exit: true });
