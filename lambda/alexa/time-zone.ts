import type { RequestEnvelope } from 'ask-sdk-model';
import { isValidTimeZone } from '../practice/calendar-day';
import type { TimeZoneLookup } from '../skill-dependencies';

export interface SettingsTimeZoneLookupOptions {
  /** How long to wait for the Settings API; the session must never wait on it for long. */
  readonly timeoutMs?: number;
  /** How long a device's zone is reused from this container's cache. */
  readonly cacheTtlMs?: number;
  /** Devices remembered at most; the oldest entry goes first. */
  readonly maxDevices?: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => number;
}

interface CachedZone {
  readonly timeZone: string;
  readonly expiresAt: number;
}

/**
 * The device's time zone from the Alexa Settings API (`System.timeZone`, no permission needed),
 * cached per device. Answers undefined, never throws, when the request has no token or device,
 * or the API is slow, refuses, or returns something that is not a time zone.
 */
export class SettingsTimeZoneLookup implements TimeZoneLookup {
  private readonly timeoutMs: number;
  private readonly cacheTtlMs: number;
  private readonly maxDevices: number;
  private readonly fetch: typeof globalThis.fetch;
  private readonly now: () => number;
  private readonly cache = new Map<string, CachedZone>();

  constructor(options: SettingsTimeZoneLookupOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 800;
    this.cacheTtlMs = options.cacheTtlMs ?? 60 * 60 * 1000;
    this.maxDevices = options.maxDevices ?? 1000;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  async timeZoneFor(envelope: RequestEnvelope): Promise<string | undefined> {
    const system = envelope.context?.System;
    const deviceId = system?.device?.deviceId;
    const token = system?.apiAccessToken;
    const apiEndpoint = system?.apiEndpoint;
    if (!deviceId || !token || !apiEndpoint) return undefined;

    const cached = this.cache.get(deviceId);
    if (cached && cached.expiresAt > this.now()) return cached.timeZone;

    const timeZone = await this.fetchTimeZone(apiEndpoint, deviceId, token);
    if (timeZone !== undefined) this.remember(deviceId, timeZone);
    return timeZone;
  }

  private async fetchTimeZone(apiEndpoint: string, deviceId: string, token: string): Promise<string | undefined> {
    const url = `${apiEndpoint.replace(/\/+$/, '')}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
    try {
      const response = await this.fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) return undefined;
      const body: unknown = await response.json();
      return typeof body === 'string' && isValidTimeZone(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }

  private remember(deviceId: string, timeZone: string): void {
    this.cache.delete(deviceId);
    this.cache.set(deviceId, { timeZone, expiresAt: this.now() + this.cacheTtlMs });
    if (this.cache.size > this.maxDevices) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
