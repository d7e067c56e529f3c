/**
 * Loaded into every Node process of a command (NODE_OPTIONS=--require …), it writes one JSON line
 * to $STEADY_LOOPBACK_GUARD_LOG for each connection or name lookup aimed anywhere but this
 * machine, so a test can prove that a tool it runs never phones home, and one line as it starts.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');

const log = process.env.STEADY_LOOPBACK_GUARD_LOG;
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|0\.0\.0\.0)$/i;

function record(kind, target) {
  if (!log) return;
  fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, kind, target, argv: process.argv.slice(1, 3) })}\n`);
}

function hostOf(args) {
  const first = args[0];
  if (Array.isArray(first)) return hostOf(first);
  if (first && typeof first === 'object') {
    if (first.path) return undefined;
    return first.host ?? first.hostname ?? 'localhost';
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined; // a unix socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

// Every guarded process says it started, so a test can wait for all of them (detached ones too) to end.
record('start', undefined);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(String(host).replace(/^\[|\]$/g, ''))) record('connect', String(host));
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (typeof hostname === 'string' && !LOOPBACK.test(hostname)) record('lookup', hostname);
  return lookup.call(this, hostname, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromisesLookup(hostname, ...rest) {
  if (typeof hostname === 'string' && !LOOPBACK.test(hostname)) record('lookup', hostname);
  return promisesLookup.call(this, hostname, ...rest);
};
