/** Small helpers of the browser test that need no browser. */
import { createServer, type AddressInfo } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Tomorrow at `hours`:00 local time, as the day (YYYY-MM-DD) and a datetime-local value. */
export function tomorrowAt(hours: number): { local: string; day: string } {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { day, local: `${day}T${pad(hours)}:00` };
}

/** The UTC ISO instant of a Paris wall-clock time (CET or CEST, whichever applies that day). */
export function expectedUtc(local: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${local}:00${offset}`);
    const paris = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (paris.replace(', ', 'T') === local) return candidate.toISOString();
  }
  throw new Error(`no Paris offset matches ${local}`);
}
