import type { RequestEnvelope } from 'ask-sdk-model';

export function userIdOf(envelope: RequestEnvelope): string | undefined {
  return envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
}

const TOKEN_PREFIX = 'time-apart:';

/** The permission question's token carries the stretch asked for, so the answer can set it. */
export function timeApartToken(minutes: number): string {
  return `${TOKEN_PREFIX}${minutes}`;
}

export function isTimeApartToken(token: string | undefined): boolean {
  return typeof token === 'string' && token.startsWith(TOKEN_PREFIX);
}

export function minutesFromToken(token: string | undefined): number | undefined {
  if (!isTimeApartToken(token)) return undefined;
  const n = Number(token!.slice(TOKEN_PREFIX.length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
