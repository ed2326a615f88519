import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_oauth.js';
import * as m0003 from './0003_links.js';
import * as m0004 from './0004_collect.js';
import * as m0005 from './0005_bio.js';
import * as m0006 from './0006_post_link_tracking.js';
import * as m0007 from './0007_link_variants.js';
import * as m0008 from './0008_utm_templates.js';
import * as m0009 from './0009_oauth_grants.js';
import * as m0010 from './0010_engagement_metrics.js';
import * as m0011 from './0011_publication_options.js';
import * as m0012 from './0012_media_probe.js';
import * as m0013 from './0013_upload_sessions.js';
import * as m0014 from './0014_media_renditions.js';
import * as m0015 from './0015_partition_collect_events.js';
import * as m0016 from './0016_invites_for_workspace.js';
import * as m0017 from './0017_two_factor.js';
import * as m0018 from './0018_network_apps.js';
import * as m0021 from './0021_inbox_workflow.js';
import * as m0023 from './0023_alerts.js';
import * as m0024 from './0024_inbox_figures.js';
import * as m0025 from './0025_engagement_replies.js';
import * as m0022 from './0022_listening.js';
import * as m0020 from './0020_outgoing_webhooks.js';
import * as m0019 from './0019_publishing_pause.js';
import * as m0026 from './0026_segments.js';
import * as m0027 from './0027_segment_variants.js';
import * as m0028 from './0028_best_times.js';
import * as m0034 from './0034_reply_sweep.js';
import * as m0035 from './0035_account_metrics.js';
import * as m0036 from './0036_report_schedules.js';
import * as m0043 from './0043_media_library.js';
import * as m0044 from './0044_ideas.js';
import * as m0045 from './0045_post_tags.js';
import * as m0037 from './0037_post_experiments.js';
import * as m0029 from './0029_calendar_feeds.js';
import * as m0030 from './0030_campaigns.js';
import * as m0031 from './0031_queue_slots.js';
import * as m0032 from './0032_analytics_rollups.js';
import * as m0042 from './0042_collaboration.js';
import * as m0041 from './0041_feeds.js';
import * as m0039 from './0039_templates.js';
import * as m0040 from './0040_client_approvals.js';

/**
 * Every migration, in order. Listed statically (not read from the folder) so the same list runs from `tsx` and
 * from the compiled build. Forward-only: a released migration is never edited; add the next number instead.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_oauth': m0002,
  '0003_links': m0003,
  '0004_collect': m0004,
  '0005_bio': m0005,
  '0006_post_link_tracking': m0006,
  '0007_link_variants': m0007,
  '0008_utm_templates': m0008,
  '0009_oauth_grants': m0009,
  '0010_engagement_metrics': m0010,
  '0011_publication_options': m0011,
  '0012_media_probe': m0012,
  '0013_upload_sessions': m0013,
  '0014_media_renditions': m0014,
  '0015_partition_collect_events': m0015,
  '0016_invites_for_workspace': m0016,
  '0017_two_factor': m0017,
  '0018_network_apps': m0018,
  '0021_inbox_workflow': m0021,
  '0023_alerts': m0023,
  '0022_listening': m0022,
  '0020_outgoing_webhooks': m0020,
  '0019_publishing_pause': m0019,
  '0026_segments': m0026,
  '0027_segment_variants': m0027,
  '0024_inbox_figures': m0024,
  '0025_engagement_replies': m0025,
  '0028_best_times': m0028,
  '0029_calendar_feeds': m0029,
  '0034_reply_sweep': m0034,
  '0035_account_metrics': m0035,
  '0036_report_schedules': m0036,
  '0043_media_library': m0043,
  '0044_ideas': m0044,
  '0045_post_tags': m0045,
  '0030_campaigns': m0030,
  '0031_queue_slots': m0031,
  '0032_analytics_rollups': m0032,
  '0037_post_experiments': m0037,
  '0042_collaboration': m0042,
  '0041_feeds': m0041,
  '0039_templates': m0039,
  '0040_client_approvals': m0040,
};
