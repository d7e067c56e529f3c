/**
 * The Skill Management API sign-in, read from where the ASK CLI keeps it. `ask configure` stores,
 * per profile in ~/.ask/cli_config, the developer's vendor id and a Login with Amazon token. Steady
 * reads the vendor id and the access token; it never uses the CLI's own LWA client to renew the
 * token (Amazon reserves that client for the CLI). When the token has expired, the CLI itself
 * renews it: any `ask smapi` call does, so the deploy runs a one-line list call and reads the file
 * again. ASK_ACCESS_TOKEN with ASK_VENDOR_ID (the variables the CLI also reads) take precedence,
 * for machines without a profile.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { ToolError } from '../lib/cli-errors';

export interface AskLogin {
  readonly vendorId: string;
  readonly accessToken: string;
  /** Undefined when the token came from the environment (its expiry is unknown). */
  readonly expiresAt?: Date;
  /** Where it came from, for the plan: "profile default in ~/.ask/cli_config". */
  readonly source: string;
}

export interface AskLoginOptions {
  readonly profile: string;
  readonly configPath?: string;
  readonly environment?: NodeJS.ProcessEnv;
}

/** A token this close to its expiry is renewed first: a deploy takes minutes. */
const EXPIRY_MARGIN_MS = 10 * 60_000;

export function askConfigPath(home = homedir()): string {
  return path.join(home, '.ask', 'cli_config');
}

interface CliConfig {
  profiles?: Record<string, { vendor_id?: string; token?: { access_token?: string; expires_at?: string } }>;
}

const SIGN_IN = 'install the ASK CLI (npm install -g ask-cli) and run `ask configure` once, answering No to linking an AWS account';

/** The sign-in as stored now, expired or not. */
export function readAskLogin(options: AskLoginOptions): AskLogin {
  const environment = options.environment ?? process.env;
  if (environment.ASK_ACCESS_TOKEN && environment.ASK_VENDOR_ID) {
    return { vendorId: environment.ASK_VENDOR_ID, accessToken: environment.ASK_ACCESS_TOKEN, source: 'ASK_ACCESS_TOKEN and ASK_VENDOR_ID' };
  }
  const file = options.configPath ?? askConfigPath();
  let config: CliConfig;
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as CliConfig;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ToolError(
      missing ? `No ASK CLI sign-in at ${file}: ${SIGN_IN}.` : `${file} is not readable JSON: run \`ask configure\` again.`,
    );
  }
  const profile = config.profiles?.[options.profile];
  if (!profile)
    throw new ToolError(
      `${file} has no ASK profile "${options.profile}": run \`ask configure --profile ${options.profile}\`, or pass --ask-profile.`,
    );
  const vendorId = profile.vendor_id;
  const accessToken = profile.token?.access_token;
  if (!vendorId || !accessToken)
    throw new ToolError(
      `The ASK profile "${options.profile}" has no vendor id or token: run \`ask configure --profile ${options.profile}\` again.`,
    );
  const expiresAt = profile.token?.expires_at ? new Date(profile.token.expires_at) : undefined;
  return {
    vendorId,
    accessToken,
    ...(expiresAt && !Number.isNaN(expiresAt.getTime()) ? { expiresAt } : {}),
    source: `profile ${options.profile} in ${file}`,
  };
}

export function needsRenewal(login: AskLogin, now: Date): boolean {
  return login.expiresAt !== undefined && login.expiresAt.getTime() - EXPIRY_MARGIN_MS <= now.getTime();
}

/** Renews a profile's token by letting the ASK CLI make one small call. */
export type LoginRenewer = (profile: string) => Promise<void>;

export const renewWithAskCli: LoginRenewer = (profile) =>
  new Promise((renewed, failed) => {
    execFile(
      'ask',
      ['smapi', 'list-skills-for-vendor', '--max-results', '1', '--profile', profile],
      { timeout: 60_000 },
      (error, _stdout, stderr) => {
        if (!error) return renewed();
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return failed(new ToolError(`The ASK sign-in has expired and the ask command is not installed to renew it: ${SIGN_IN}.`));
        const reason = stderr.trim().split('\n').pop() ?? error.message;
        failed(
          new ToolError(
            `The ASK CLI could not renew its sign-in (${reason}): run \`ask configure --profile ${profile}\`, then npm run deploy again.`,
          ),
        );
      },
    );
  });

/** The stored sign-in, renewed by the ASK CLI first when it is about to expire. */
export async function freshAskLogin(options: AskLoginOptions & { now?: () => Date; renew?: LoginRenewer }): Promise<AskLogin> {
  const now = options.now ?? (() => new Date());
  const login = readAskLogin(options);
  if (!needsRenewal(login, now())) return login;
  await (options.renew ?? renewWithAskCli)(options.profile);
  const renewed = readAskLogin(options);
  if (needsRenewal(renewed, now()))
    throw new ToolError(
      `The ASK sign-in in ${renewed.source} is still expired after renewing: run \`ask configure --profile ${options.profile}\`.`,
    );
  return renewed;
}
