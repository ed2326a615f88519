/**
 * Where a start spends its time: each step records the milliseconds since the process started, both on the clock
 * (`ms`) and in CPU time of this process (`cpuMs`), and "Chorus is running" logs them. CPU time matters because a
 * start on a busy machine waits for a core as much as it works: its wall time says how long, its CPU time says what
 * the start itself cost.
 *
 * @example
 *   const marks = new StartupMarks();
 *   await openDatabase(...);
 *   marks.mark('database');
 *   log.info({ startup: marks.toJSON() }, 'Chorus is running');
 */
import { performance } from 'node:perf_hooks';

export interface StartupMark {
  /** Milliseconds since the process started (performance.now() counts from there). */
  ms: number;
  /** CPU milliseconds (user + system) this process used since it started. */
  cpuMs: number;
}

export class StartupMarks {
  private readonly marks: Record<string, StartupMark> = {};

  /** Records the end of a step; a step marked twice keeps its last time. */
  mark(step: string): void {
    const cpu = process.cpuUsage();
    this.marks[step] = { ms: Math.round(performance.now()), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
  }

  toJSON(): Record<string, StartupMark> {
    return { ...this.marks };
  }
}
