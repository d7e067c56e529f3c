/**
 * Runs DynamoDB Local for as long as the process that started it lives, and no longer.
 *
 * Usage: node guardian.cjs <java> <arg>…   (started by dynamodb-local.ts with stdin a pipe)
 *
 * It prints the JVM's pid on its first line of output, then stops the JVM when that process ends
 * in any way it can: a normal stop (SIGTERM), Ctrl-C (SIGINT), or the starter dying outright
 * (its end of the stdin pipe closes, or this process is handed to another parent). Plain
 * JavaScript, so it starts in a few milliseconds with no compiler.
 */
'use strict';
const { spawn } = require('node:child_process');

const [command, ...args] = process.argv.slice(2);
const starter = process.ppid;
const jvm = spawn(command, args, { stdio: 'ignore', env: process.env, cwd: process.cwd() });
process.stdout.write(`${jvm.pid}\n`);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  if (jvm.exitCode !== null || jvm.signalCode !== null) process.exit(code);
  // Wait for the JVM to be gone (and reaped) before going; never for long.
  jvm.once('exit', () => process.exit(code));
  jvm.kill('SIGKILL');
  setTimeout(() => process.exit(code), 2000).unref();
}

jvm.on('exit', (code) => stop(code ?? 1));
jvm.on('error', () => stop(1));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.on('close', () => stop(0));
process.stdin.on('error', () => stop(0));
process.stdin.resume();
setInterval(() => {
  if (process.ppid !== starter) stop(0);
}, 500);
