/** Kysely's view of the channels' queue slots (migration 0031). */
import type { Generated } from 'kysely';

export interface ChannelQueueSlotsTable {
  channel_id: string;
  workspace_id: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday, on the channel's audience clock. */
  weekday: number;
  /** Wall-clock "HH:MM" (24 h) on the channel's audience clock. */
  time: string;
  created_at: Generated<Date>;
}

export interface QueueSchema {
  channel_queue_slots: ChannelQueueSlotsTable;
}

/** Why Chorus chose a publication's due time (publications.due_reason). */
export interface DueReason {
  kind: 'queue' | 'bestTime';
  /** The slot taken, on the clock of `timeZone`. */
  slot: { weekday: number; time: string };
  timeZone: string;
  /** bestTime: expected engagement relative to the channel's average post, and the past posts behind it. */
  score?: number;
  posts?: number;
}
