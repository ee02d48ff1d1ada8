/**
 * Runs one command as a child process and measures it from outside: wall time and peak RSS.
 * Peak RSS comes from GNU time (`/usr/bin/time -v`) when installed, otherwise from a preload that
 * makes the node child report `process.resourceUsage().maxRSS` on exit.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const RSS_PRELOAD = fileURLToPath(new URL('./report-max-rss.mjs', import.meta.url));
export const RSS_MARKER = 'apigw403-bench-max-rss-kb=';

export const rssSource = hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';

function maxRssKb(stderr) {
  const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (gnu) return Number(gnu[1]);
  const preload = new RegExp(`${RSS_MARKER}(\\d+)`).exec(stderr);
  return preload ? Number(preload[1]) : undefined;
}

/**
 * `timeoutMs`: the child runs in its own process group, killed whole (GNU time included, so no
 * RSS figure then) when the time is up; `timedOut` says so.
 */
function spawnMeasured(command, argv, { stdoutFile, cwd, timeoutMs }) {
  const stdoutFd = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const detached = timeoutMs !== undefined;
    const child = spawn(command, argv, { cwd, detached, stdio: ['ignore', stdoutFd, 'pipe'] });
    let timedOut = false;
    const killGroup = () => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    };
    const timer = detached ? setTimeout(killGroup, timeoutMs) : undefined;
    // A detached group would outlive an interrupted bench: take it down with us.
    const onInterrupt = () => {
      killGroup();
      process.exit(130);
    };
    if (detached) process.once('SIGINT', onInterrupt);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      process.off('SIGINT', onInterrupt);
      if (typeof stdoutFd === 'number') closeSync(stdoutFd);
      const ownStderr = stderr
        .split('\n')
        .filter(
          (line) => !line.startsWith('\t') && !line.startsWith('Command ') && !line.includes(RSS_MARKER),
        )
        .join('\n')
        .trim();
      resolve({ code, signal, timedOut, wallMs, maxRssKb: maxRssKb(stderr), stderr: ownStderr });
    });
  });
}

/**
 * stdout goes to `stdoutFile` (or is discarded), as a user's `> out.json` would; stderr is kept
 * for the RSS figure and error messages. Without GNU time, only node children report peak RSS.
 */
export function runCommand(executable, args, options = {}) {
  if (hasGnuTime) return spawnMeasured(GNU_TIME, ['-v', executable, ...args], options);
  const isNode = executable === process.execPath;
  return spawnMeasured(executable, isNode ? ['--import', RSS_PRELOAD, ...args] : args, options);
}

export function runNode(args, options) {
  return runCommand(process.execPath, args, options);
}

/** Like runCommand, but a non-zero exit is an error that names the command and quotes its stderr. */
export async function runCommandOk(executable, args, options) {
  const result = await runCommand(executable, args, options);
  if (result.code !== 0) {
    const reason = result.stderr.split('\n').slice(-3).join(' | ') || `signal ${result.signal}`;
    throw new Error(`${executable} ${args.join(' ')} exited ${result.code}: ${reason}`);
  }
  return result;
}

export function runNodeOk(args, options) {
  return runCommandOk(process.execPath, args, options);
}
