import type { RequestEnvelope } from 'ask-sdk-model';
import { type CallOptions, callDeadlineMs } from '../call-options';
import { isValidTimeZone } from '../practice/local-time';
import type { TimeZoneLookup } from '../skill-dependencies';
import { alexaApiFetch, type AlexaApiFetch } from './alexa-api-fetch';
import { ContainerMemory } from '../container-memory';

/** How long a request waits for the Settings API before counting in the last zone known. */
export const TIME_ZONE_LOOKUP_TIMEOUT_MS = 800;

export interface SettingsTimeZoneLookupOptions {
  /** How long to wait for the Settings API; the session must never wait on it for long. */
  readonly timeoutMs?: number;
  /** How long a device's zone is reused from this container's cache. */
  readonly cacheTtlMs?: number;
  /** Devices remembered at most; the oldest entry goes first. */
  readonly maxDevices?: number;
  readonly fetch?: AlexaApiFetch;
  readonly now?: () => number;
}

/**
 * The device's time zone from the Alexa Settings API (`System.timeZone`, no permission needed),
 * cached per device, waited for at most `timeoutMs` or the time the request has left. Answers undefined, never throws, when the request has no token or device,
 * or the API is slow, refuses, or returns something that is not a time zone.
 */
export class SettingsTimeZoneLookup implements TimeZoneLookup {
  private readonly timeoutMs: number;
  private readonly fetch: AlexaApiFetch;
  private readonly now: () => number;
  private readonly cache: ContainerMemory<string>;

  constructor(options: SettingsTimeZoneLookupOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? TIME_ZONE_LOOKUP_TIMEOUT_MS;
    this.fetch = options.fetch ?? alexaApiFetch;
    this.now = options.now ?? Date.now;
    this.cache = new ContainerMemory<string>({
      ttlMs: options.cacheTtlMs ?? 60 * 60 * 1000,
      maxEntries: options.maxDevices ?? 1000,
      now: this.now,
    });
  }

  async timeZoneFor(envelope: RequestEnvelope, options?: CallOptions): Promise<string | undefined> {
    const system = envelope.context?.System;
    const deviceId = system?.device?.deviceId;
    const token = system?.apiAccessToken;
    const apiEndpoint = system?.apiEndpoint;
    if (!deviceId || !token || !apiEndpoint) return undefined;

    const cached = this.cache.get(deviceId);
    if (cached !== undefined) return cached;

    const timeZone = await this.fetchTimeZone(apiEndpoint, deviceId, token, callDeadlineMs(options, this.timeoutMs));
    if (timeZone !== undefined) this.cache.remember(deviceId, timeZone);
    return timeZone;
  }

  forget(envelope: RequestEnvelope): void {
    const deviceId = envelope.context?.System?.device?.deviceId;
    if (deviceId) this.cache.forget(deviceId);
  }

  private async fetchTimeZone(apiEndpoint: string, deviceId: string, token: string, timeoutMs: number): Promise<string | undefined> {
    const url = `${apiEndpoint.replace(/\/+$/, '')}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
    try {
      const response = await this.fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return undefined;
      const body: unknown = await response.json();
      return typeof body === 'string' && isValidTimeZone(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }
}
