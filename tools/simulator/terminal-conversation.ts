/** One conversation in the terminal: hears a typed line, sends it to the skill, shows the reply. */
import { join, parse } from 'node:path';
import type { ResponseEnvelope, interfaces } from 'ask-sdk-model';
import { type Conversation, repromptOf, speechOf } from './conversation';
import { permissionAnswer, REMINDERS_PERMISSION, TIMERS_PERMISSION } from './envelope';
import { EspeakMissingError, speakToWav } from '../lib/espeak';
import { isSpanishText } from '../../lambda/speech/text-language';
import { captureStdoutLogs } from './log-capture';
import type { Nlu, Resolution } from './nlu';
import { formatDuration, printSpeech } from './printout';
import { stylerFor } from '../lib/terminal-style';
import { describeResolution, directiveTypes, wrap } from './turn-view';
import { writeTrackOfReply } from '../lib/track-audio';

export interface TerminalOptions {
  /** Print the raw SSML of each reply. */
  readonly ssml: boolean;
  /**
   * Speak each reply into this WAV file (later replies get -2, -3, … before the extension); a
   * `.mp3` name gets the track a reply plays through AudioPlayer instead.
   */
  readonly audio?: string;
  /** Show the skill's log lines instead of hiding them. */
  readonly logs: boolean;
  /** Permission scopes granted from the start (`--grant reminders,timers`). */
  readonly granted?: readonly string[];
}

/** The words the runner takes as the user's answer when Alexa asks for a permission. */
const YES = /^(yes|yeah|yep|sure|ok|okay|allow|grant|accept)\b/i;
const NO = /^(no|nope|deny|refuse|don'?t|do not)\b/i;

const PERMISSION_NAMES: Readonly<Record<string, string>> = { [REMINDERS_PERMISSION]: 'reminders', [TIMERS_PERMISSION]: 'timers' };

/** The AskFor request the skill sent, while Alexa (played by the runner) waits for the user's answer. */
interface PendingConsent {
  readonly scope: string;
  readonly token: string;
}

function askForOf(response: ResponseEnvelope): PendingConsent | undefined {
  const directive = (response.response.directives ?? []).find(
    (d): d is interfaces.connections.SendRequestDirective =>
      d.type === 'Connections.SendRequest' && (d as { name?: string }).name === 'AskFor',
  );
  const scope = (directive?.payload as { permissionScopes?: Array<{ permissionScope?: string }> } | undefined)?.permissionScopes?.[0]
    ?.permissionScope;
  return directive && scope ? { scope, token: directive.token ?? '' } : undefined;
}

/** Said when no session is open, these leave the runner instead of reaching Steady. */
const RUNNER_EXIT_WORDS = new Set(['quit', 'exit', 'bye', 'goodbye', 'q']);

/** `reply.wav`, then `reply-2.wav`, `reply-3.wav` for later replies. */
function audioFileFor(base: string, replyNumber: number): string {
  if (replyNumber === 1) return base;
  const { dir, name, ext } = parse(base);
  return join(dir, `${name}-${replyNumber}${ext || '.wav'}`);
}

export class TerminalConversation {
  private readonly out = stylerFor(process.stdout);
  private readonly width = Math.max(40, Math.min(process.stdout.columns || 100, 110));
  private spokenReplies = 0;
  private readonly granted: Set<string>;
  private pendingConsent: PendingConsent | undefined;

  constructor(
    private readonly nlu: Nlu,
    private readonly conversation: Conversation,
    private readonly options: TerminalOptions,
  ) {
    this.granted = new Set(options.granted ?? []);
  }

  /** One thing the user says. Returns false when the user wants to leave the runner. */
  async hear(line: string): Promise<boolean> {
    const text = line.trim();
    if (text === '') return true;
    if (this.pendingConsent) return this.answerConsent(text, this.pendingConsent);
    if (!this.conversation.isOpen && RUNNER_EXIT_WORDS.has(text.toLowerCase())) return false;

    let resolution = this.nlu.resolve(text, { sessionOpen: this.conversation.isOpen });
    if (resolution.kind === 'none' && !this.conversation.isOpen) {
      // Nothing is listening, so the words are taken as a one-shot: "ask steady to <text>".
      resolution = this.nlu.resolveAsOneShot(text);
      this.note(`(no session open: heard as "ask steady to ${text}")`);
    }
    this.note(`→ ${describeResolution(resolution)}`);
    if (resolution.kind === 'none') {
      this.note('(Alexa would not send this to Steady; the session stays as it was)');
      return true;
    }
    if (resolution.invocation) this.conversation.leave();

    try {
      const response = await this.send(resolution);
      await this.show(response);
    } catch (error) {
      console.log(this.out('red', `The handler failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }
    return true;
  }

  /** Alexa asked "allow Steady to use reminders?": the typed line is the user's answer. */
  private async answerConsent(text: string, pending: PendingConsent): Promise<boolean> {
    this.pendingConsent = undefined;
    const status = YES.test(text) ? 'ACCEPTED' : NO.test(text) ? 'DENIED' : 'NOT_ANSWERED';
    if (status === 'ACCEPTED') this.granted.add(pending.scope);
    this.note(`→ Connections.Response: ${PERMISSION_NAMES[pending.scope] ?? pending.scope} ${status.toLowerCase().replace('_', ' ')}`);
    const turn = { grantedPermissions: [...this.granted] };
    const response = await this.withLogs(() =>
      this.conversation.send((o) => permissionAnswer(pending.scope, status, pending.token, o), turn),
    );
    await this.show(response);
    return true;
  }

  private async send(resolution: Exclude<Resolution, { kind: 'none' }>): Promise<ResponseEnvelope> {
    const turn = { grantedPermissions: [...this.granted] };
    return this.withLogs(() =>
      resolution.kind === 'launch' ? this.conversation.launch(turn) : this.conversation.intent(resolution.name, resolution.slots, turn),
    );
  }

  private async withLogs(call: () => Promise<ResponseEnvelope>): Promise<ResponseEnvelope> {
    const { result, logs } = await captureStdoutLogs(call);
    if (this.options.logs) for (const log of logs) console.error(this.out('dim', `  log ${log}`));
    else if (logs.some((log) => /"level"\s*:\s*"error"/.test(log))) this.note('(the skill logged an error; --logs shows it)');
    return result;
  }

  private async show(response: ResponseEnvelope): Promise<void> {
    const ssml = speechOf(response);
    const reprompt = repromptOf(response);
    if (ssml) {
      const printout = printSpeech(ssml);
      console.log(this.out('bold', 'Steady:'));
      console.log(wrapPrintout(printout.text, this.width));
      this.note(`  (about ${formatDuration(printout.estimatedMs)} spoken, ${ssml.length} SSML characters)`);
      if (this.options.ssml) console.log(this.out('dim', `  ssml: ${ssml}`));
      if (this.options.audio && !this.wantsTracks()) await this.speak(ssml);
    } else {
      console.log(this.out('bold', 'Steady:') + ' (says nothing)');
    }
    if (reprompt) this.note(`  reprompt: ${printSpeech(reprompt).text}`);
    const directives = directiveTypes(response);
    if (directives.length > 0) this.note(`  directives: ${directives.join(', ')}`);
    if (this.wantsTracks()) await this.writeTrack(response);
    this.pendingConsent = askForOf(response);
    if (this.pendingConsent) {
      const name = PERMISSION_NAMES[this.pendingConsent.scope] ?? this.pendingConsent.scope;
      console.log(this.out('cyan', `(Alexa asks: "Do you allow Steady to use ${name}?" Answer yes or no.)`));
      return;
    }
    console.log(this.out('cyan', this.conversation.isOpen ? '(listening…)' : '(session ended)'));
  }

  private async speak(ssml: string): Promise<void> {
    this.spokenReplies += 1;
    const file = audioFileFor(this.options.audio ?? 'reply.wav', this.spokenReplies);
    try {
      // A Spanish reply in espeak-ng's Latin American Spanish voice.
      const { durationMs } = await speakToWav(ssml, file, isSpanishText(ssml.replace(/<[^>]+>/g, ' ')) ? { voice: 'es-419' } : {});
      this.note(`  audio: ${file}, ${formatDuration(durationMs)} as spoken by espeak-ng`);
    } catch (error) {
      const reason = error instanceof EspeakMissingError ? error.message : `could not speak the reply: ${String(error)}`;
      console.log(this.out('yellow', `  ${reason}`));
    }
  }

  private wantsTracks(): boolean {
    return this.options.audio?.toLowerCase().endsWith('.mp3') ?? false;
  }

  /** Renders the track of a reply that plays one, with espeak-ng, into the --audio file. */
  private async writeTrack(response: ResponseEnvelope): Promise<void> {
    const file = audioFileFor(this.options.audio!, this.spokenReplies + 1);
    try {
      const written = await writeTrackOfReply(response, file);
      if (!written) return;
      this.spokenReplies += 1;
      this.note(
        `  track: ${file}, ${written.trackId}, ${formatDuration(written.durationMs)}, ${(written.bytes / 1e6).toFixed(1)} MB (espeak-ng voice)`,
      );
    } catch (error) {
      console.log(this.out('yellow', `  could not render the track: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  private note(text: string): void {
    console.log(this.out('dim', text));
  }
}

/** Wraps without splitting a pause marker such as `· 3.4 s ·` across lines. */
function wrapPrintout(text: string, width: number): string {
  const glued = text.replace(/· [^·]+? ·/g, (pause) => pause.replace(/ /g, '\u00a0'));
  return wrap(glued, width).replace(/\u00a0/g, ' ');
}
