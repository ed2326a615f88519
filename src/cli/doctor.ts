/**
 * `chorus doctor`: checks what a start needs — the settings, the secret key, the database and its migrations, the
 * data folder or S3 bucket, ffprobe, and each configured network — and prints one line per check, ✓ or ✗, with the
 * fix under each ✗. Its exit code is 1 when anything is wrong, so a deployment script can stop on it.
 *
 * @example
 *   $ DATABASE_URL=postgres://chorus@db/chorus npx chorus doctor
 *   ✓ settings: read from the environment
 *   ✗ secret key: CHORUS_SECRET_KEY is not set, and every process on PostgreSQL must share one
 *       fix: Generate one with `openssl rand -base64 32` and give the same value to every Chorus process.
 */
import { loadConfig, type Config } from '../core/config.js';
import { ffprobeBinary } from '../features/media/probe.js';
import { checkDatabase, checkFfprobe, checkSecretKey, checkStorage, type CheckResult, type DatabaseFindings } from './doctor-checks.js';
import { checkNetworks } from './doctor-networks.js';

/** loadConfig's answer, or undefined when it refuses the environment. */
function tryLoad(env: NodeJS.ProcessEnv): Config | undefined {
  try {
    return loadConfig(env);
  } catch {
    return undefined;
  }
}

/**
 * Loads the settings; a setting the app would refuse is itself the first thing to fix. A half-set OAuth app is
 * such a setting, but the network checks name it precisely, so the other checks still run on the settings without it.
 */
function readSettings(env: NodeJS.ProcessEnv): { config?: Config; result: CheckResult } {
  try {
    return { config: loadConfig(env), result: { ok: true, what: 'settings: read from the environment' } };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const withoutApps = Object.fromEntries(Object.entries(env).filter(([name]) => !/^CHORUS_\w+_CLIENT_(ID|SECRET)$/.test(name)));
    const result = { ok: false, what: `settings: ${text.replace(/^Chorus cannot start: /, '')}`, fix: 'Correct the setting named above (the README lists them all).' };
    return { config: tryLoad(withoutApps), result };
  }
}

/** Every check's result, in the order printed. Checks that need the settings are skipped when they do not load. */
export async function runChecks(env: NodeJS.ProcessEnv, binary: string = ffprobeBinary()): Promise<CheckResult[]> {
  const { config, result } = readSettings(env);
  const results: CheckResult[] = [result];
  const findings: DatabaseFindings = {};
  if (config) {
    results.push(await checkSecretKey(config));
    results.push(...(await checkDatabase(config, undefined, findings)));
    results.push(await checkStorage(config));
  }
  results.push(await checkFfprobe(binary));
  results.push(...(await checkNetworks(env, undefined, findings.savedApps)));
  return results;
}

/** The report as plain lines: `✓ what`, or `✗ what` followed by an indented `fix:` line. */
export function formatReport(results: CheckResult[]): string {
  const lines = results.flatMap((r) => (r.ok ? [`✓ ${r.what}`] : [`✗ ${r.what}`, ...(r.fix ? [`    fix: ${r.fix}`] : [])]));
  const failed = results.filter((r) => !r.ok).length;
  lines.push('', failed ? `${failed} problem${failed > 1 ? 's' : ''} to fix.` : 'Everything Chorus needs is in place.');
  return lines.join('\n');
}

/** Runs the checks, prints the report, and answers the exit code: 0 when all passed, 1 otherwise. */
export async function doctor(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const results = await runChecks(env);
  console.log(formatReport(results));
  return results.every((r) => r.ok) ? 0 : 1;
}
