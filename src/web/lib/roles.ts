/**
 * What each workspace role may do in the interface. The server enforces the same rules; this only hides buttons a
 * person could not use.
 */
import type { Role } from '../api';

const rank: Record<Role, number> = { viewer: 0, contributor: 1, editor: 2, admin: 3, owner: 4 };

export const can = {
  compose: (role: Role) => rank[role] >= rank.contributor,
  // The API lets admins and owners connect accounts (they hold the workspace's credentials).
  connectChannels: (role: Role) => rank[role] >= rank.admin,
  approve: (role: Role) => rank[role] >= rank.editor,
  manageMembers: (role: Role) => rank[role] >= rank.admin,
  // Replying, assigning, tagging and saved replies in the inbox.
  workInbox: (role: Role) => rank[role] >= rank.editor,
  // Contributors may write replies too: theirs wait for an editor's approval, like their posts.
  replyInInbox: (role: Role) => rank[role] >= rank.contributor,
  // Holding every post of the workspace at once is for those who answer for it.
  pausePublishing: (role: Role) => rank[role] >= rank.admin,
  // Segments are shared by every post of the workspace; the API lets editors and above change them.
  editSegments: (role: Role) => rank[role] >= rank.editor,
  // Campaigns are shared by every post and link of the workspace; the API lets editors and above change them.
  editCampaigns: (role: Role) => rank[role] >= rank.editor,
  // Feeds post on the workspace's channels by themselves; the API lets editors and above add and change them.
  editFeeds: (role: Role) => rank[role] >= rank.editor,
  // Templates, hashtag groups, variables and signatures are shared by every post; the API lets editors and above change them.
  editTemplates: (role: Role) => rank[role] >= rank.editor,
  // Scheduled reports mail the workspace's figures outside it; the API lets editors and above set them.
  scheduleReports: (role: Role) => rank[role] >= rank.editor,
  // The calendar feed address: the API lets editors and above make, replace and revoke it.
  manageCalendarFeed: (role: Role) => rank[role] >= rank.editor,
  // A channel's queue slots: the API lets editors and above change them.
  editQueue: (role: Role) => rank[role] >= rank.editor,
  // Notes on a post and restoring one of its versions: the API lets editors and above do both.
  writeNotes: (role: Role) => rank[role] >= rank.editor,
  restoreVersions: (role: Role) => rank[role] >= rank.editor,
};

export const roles: Role[] = ['owner', 'admin', 'editor', 'contributor', 'viewer'];
