/** Every route module, in one list: the server registers them and the tenant-isolation test walks them. */
import type { RouteModule } from '../core/http.js';
import health from '../features/system/routes/health.js';
import setup from '../features/auth/routes/setup.js';
import login from '../features/auth/routes/login.js';
import me from '../features/auth/routes/me.js';
import invite from '../features/auth/routes/invite.js';
import workspaces from '../features/workspaces/routes/list.js';
import members from '../features/workspaces/routes/members.js';
import tokens from '../features/workspaces/routes/tokens.js';
import tokensList from '../features/workspaces/routes/tokens-list.js';
import tokenRevoke from '../features/workspaces/routes/token-revoke.js';
import memberRemove from '../features/workspaces/routes/member-remove.js';
import inviteDescribe from '../features/auth/routes/invite-describe.js';
import audit from '../features/workspaces/routes/audit.js';
import utmTemplate from '../features/workspaces/routes/utm-template.js';
import channelsList from '../features/channels/routes/list.js';
import channelsConnect from '../features/channels/routes/connect.js';
import channelsRemove from '../features/channels/routes/remove.js';
import channelsMastodonOAuth from '../features/channels/routes/mastodon-oauth.js';
import channelsOAuthStart from '../features/channels/routes/oauth-start.js';
import channelsOAuthCallback from '../features/channels/routes/oauth-callback.js';
import channelsOAuthGrants from '../features/channels/routes/oauth-grants.js';
import channelsNetworks from '../features/channels/routes/networks.js';
import channelsComposeOptions from '../features/channels/routes/compose-options.js';
import channelsCreateBoard from '../features/channels/routes/create-board.js';
import mediaUpload from '../features/media/routes/upload.js';
import mediaServe from '../features/media/routes/serve.js';
import mediaDelete from '../features/media/routes/delete.js';
import mediaList from '../features/media/routes/list.js';
import ideasCreate from '../features/ideas/routes/create.js';
import ideasList from '../features/ideas/routes/list.js';
import ideasUpdate from '../features/ideas/routes/update.js';
import ideasRemove from '../features/ideas/routes/remove.js';
import ideasToPost from '../features/ideas/routes/to-post.js';
import writingHelp from '../features/writing-help/routes/rewrites.js';
import postsCreate from '../features/posts/routes/create.js';
import postsList from '../features/posts/routes/list.js';
import postsUpdate from '../features/posts/routes/update.js';
import postsActions from '../features/posts/routes/actions.js';
import postsRemove from '../features/posts/routes/remove.js';
import importsCreate from '../features/imports/routes/import.js';
import importsPostsCsv from '../features/imports/routes/posts-csv.js';
import linksCreate from '../features/links/routes/create.js';
import linksList from '../features/links/routes/list.js';
import linksUpdate from '../features/links/routes/update.js';
import linksStats from '../features/links/routes/stats.js';
import linksRedirect from '../features/links/routes/redirect.js';
import linksVariants from '../features/links/routes/variants.js';
import linksQr from '../features/links/qr/routes.js';
import bioAdmin from '../features/bio/routes/admin.js';
import bioPage from '../features/bio/routes/page.js';
import collectSnippet from '../features/collect/routes/snippet.js';
import collectEvents from '../features/collect/routes/collect.js';
import collectOrigins from '../features/collect/routes/origins.js';
import linksCascade from '../features/collect/routes/cascade-link.js';
import postsCascade from '../features/collect/routes/cascade-post.js';
import postsConversions from '../features/collect/routes/post-conversions.js';
import linksConversions from '../features/collect/routes/conversions.js';
import engagementsList from '../features/engagement/routes/list.js';
import engagementsReply from '../features/engagement/routes/reply.js';
import engagementsHide from '../features/engagement/routes/hide.js';
import engagementsLike from '../features/engagement/routes/like.js';
import engagementRepliesList from '../features/engagement/routes/replies-list.js';
import engagementRepliesPending from '../features/engagement/routes/replies-pending.js';
import engagementRepliesDecide from '../features/engagement/routes/replies-decide.js';
import engagementsRemove from '../features/engagement/routes/remove.js';
import engagementsUpdate from '../features/engagement/routes/update.js';
import engagementsCounts from '../features/engagement/routes/counts.js';
import inboxEvents from '../features/engagement/routes/events.js';
import engagementNotesList from '../features/engagement/routes/notes-list.js';
import engagementNotesAdd from '../features/engagement/routes/notes-add.js';
import savedRepliesList from '../features/engagement/routes/saved-replies-list.js';
import savedRepliesCreate from '../features/engagement/routes/saved-replies-create.js';
import savedRepliesUpdate from '../features/engagement/routes/saved-replies-update.js';
import savedRepliesDelete from '../features/engagement/routes/saved-replies-delete.js';
import postsMetrics from '../features/metrics/routes/post-metrics.js';
import postsSegments from '../features/metrics/routes/post-segments.js';
import webhooksMeta from '../features/webhooks/routes/meta.js';
import webhooksX from '../features/webhooks/routes/x.js';
import loginTwoFactor from '../features/auth/routes/login-two-factor.js';
import twoFactorStatus from '../features/auth/routes/two-factor-status.js';
import twoFactorSetup from '../features/auth/routes/two-factor-setup.js';
import twoFactorConfirm from '../features/auth/routes/two-factor-confirm.js';
import twoFactorRecoveryCodes from '../features/auth/routes/two-factor-recovery-codes.js';
import twoFactorDisable from '../features/auth/routes/two-factor-disable.js';
import sessionsList from '../features/auth/routes/sessions-list.js';
import sessionsEnd from '../features/auth/routes/sessions-end.js';
import sessionsEndOthers from '../features/auth/routes/sessions-end-others.js';
import myTokens from '../features/auth/routes/my-tokens.js';
import workspaceTwoFactor from '../features/workspaces/routes/two-factor.js';
import networkAppsList from '../features/network-apps/routes/list.js';
import networkAppsSave from '../features/network-apps/routes/save.js';
import networkAppsRemove from '../features/network-apps/routes/remove.js';
import alertRulesCreate from '../features/alerts/routes/rules-create.js';
import alertRulesList from '../features/alerts/routes/rules-list.js';
import alertRulesUpdate from '../features/alerts/routes/rules-update.js';
import alertRulesRemove from '../features/alerts/routes/rules-remove.js';
import alertsList from '../features/alerts/routes/alerts-list.js';
import listeningList from '../features/listening/routes/list.js';
import listeningCreate from '../features/listening/routes/create.js';
import listeningUpdate from '../features/listening/routes/update.js';
import listeningRemove from '../features/listening/routes/remove.js';
import listeningMatches from '../features/listening/routes/matches.js';
import webhooksCreate from '../features/outgoing-webhooks/routes/create.js';
import webhooksList from '../features/outgoing-webhooks/routes/list.js';
import webhooksRemove from '../features/outgoing-webhooks/routes/remove.js';
import webhooksSendTest from '../features/outgoing-webhooks/routes/send-test.js';
import webhooksDeliveries from '../features/outgoing-webhooks/routes/deliveries.js';
import publishingState from '../features/publishing/routes/state.js';
import publishingPause from '../features/publishing/routes/pause.js';
import publishingResume from '../features/publishing/routes/resume.js';
import sentimentAnalyse from '../features/sentiment/routes/analyse.js';
import segmentsCreate from '../features/segments/routes/create.js';
import segmentsList from '../features/segments/routes/list.js';
import segmentsPresets from '../features/segments/routes/presets.js';
import segmentsGet from '../features/segments/routes/get.js';
import segmentsUpdate from '../features/segments/routes/update.js';
import segmentsRemove from '../features/segments/routes/remove.js';
import businessHoursGet from '../features/team-figures/routes/business-hours-get.js';
import businessHoursPut from '../features/team-figures/routes/business-hours-put.js';
import teamFiguresGet from '../features/team-figures/routes/figures.js';
import bestTimesHistory from '../features/best-times/routes/history-import.js';
import bestTimesGet from '../features/best-times/routes/best-times.js';
import bestTimesAudienceZone from '../features/best-times/routes/audience-time-zone.js';
import analyticsGet from '../features/analytics/routes/analytics.js';
import analyticsTopPosts from '../features/analytics/routes/top-posts.js';
import analyticsTopPostsCsv from '../features/analytics/routes/top-posts-csv.js';
import analyticsCsv from '../features/analytics/routes/analytics-csv.js';
import reportSchedulesList from '../features/reports/routes/list.js';
import reportSchedulesCreate from '../features/reports/routes/create.js';
import reportSchedulesRemove from '../features/reports/routes/remove.js';
import reportSchedulesSend from '../features/reports/routes/send.js';
import calendarFeedStatus from '../features/calendar-feed/routes/status.js';
import calendarFeedCreate from '../features/calendar-feed/routes/create.js';
import calendarFeedRemove from '../features/calendar-feed/routes/remove.js';
import calendarFeed from '../features/calendar-feed/routes/feed.js';
import clientApprovalsCreate from '../features/client-approvals/routes/create.js';
import clientApprovalsList from '../features/client-approvals/routes/list.js';
import clientApprovalsRevoke from '../features/client-approvals/routes/revoke.js';
import clientApprovalsOfPost from '../features/client-approvals/routes/post-decisions.js';
import clientApprovalPublic from '../features/client-approvals/routes/public.js';
import linkPreview from '../features/share-preview/routes/preview.js';
import accountFigures from '../features/account-metrics/routes/channel-figures.js';
import campaignsCreate from '../features/campaigns/routes/create.js';
import campaignsList from '../features/campaigns/routes/list.js';
import campaignsGet from '../features/campaigns/routes/get.js';
import campaignsUpdate from '../features/campaigns/routes/update.js';
import campaignsRemove from '../features/campaigns/routes/remove.js';
import campaignsReport from '../features/campaigns/routes/report.js';
import experimentsCreate from '../features/experiments/routes/create.js';
import experimentsGet from '../features/experiments/routes/get.js';
import queueGet from '../features/queue/routes/get.js';
import queuePut from '../features/queue/routes/put.js';
import notificationsList from '../features/notifications/routes/list.js';
import notificationsRead from '../features/notifications/routes/read.js';
import postNotesList from '../features/post-notes/routes/notes-list.js';
import postNotesAdd from '../features/post-notes/routes/notes-add.js';
import postNotesEdit from '../features/post-notes/routes/notes-edit.js';
import postNotesDelete from '../features/post-notes/routes/notes-delete.js';
import postVersionsList from '../features/post-notes/routes/versions-list.js';
import postVersionDiff from '../features/post-notes/routes/version-diff.js';
import postVersionRestore from '../features/post-notes/routes/version-restore.js';
import feedsCreate from '../features/feeds/routes/create.js';
import feedsList from '../features/feeds/routes/list.js';
import feedsUpdate from '../features/feeds/routes/update.js';
import feedsRemove from '../features/feeds/routes/remove.js';
import feedsCheck from '../features/feeds/routes/check.js';
import templatesList from '../features/templates/routes/list.js';
import templatesCreate from '../features/templates/routes/create.js';
import templatesGet from '../features/templates/routes/get.js';
import templatesUpdate from '../features/templates/routes/update.js';
import templatesRemove from '../features/templates/routes/remove.js';
import templatesFill from '../features/templates/routes/fill.js';
import hashtagGroups from '../features/templates/routes/hashtag-groups.js';
import templateVariables from '../features/templates/routes/variables.js';
import channelSignature from '../features/templates/routes/signature.js';

export const routeModules: RouteModule[] = [
  health,
  setup,
  login,
  me,
  invite,
  workspaces,
  members,
  tokens,
  tokensList,
  tokenRevoke,
  memberRemove,
  inviteDescribe,
  audit,
  utmTemplate,
  channelsList,
  channelsConnect,
  channelsRemove,
  channelsMastodonOAuth,
  channelsOAuthStart,
  channelsOAuthCallback,
  channelsOAuthGrants,
  channelsNetworks,
  channelsComposeOptions,
  channelsCreateBoard,
  mediaUpload,
  mediaServe,
  mediaDelete,
  mediaList,
  ideasCreate,
  ideasList,
  ideasUpdate,
  ideasRemove,
  ideasToPost,
  writingHelp,
  postsCreate,
  postsList,
  postsUpdate,
  postsActions,
  postsRemove,
  importsCreate,
  importsPostsCsv,
  linksCreate,
  linksList,
  linksUpdate,
  linksStats,
  linksRedirect,
  linksVariants,
  linksQr,
  bioAdmin,
  bioPage,
  collectSnippet,
  collectEvents,
  collectOrigins,
  linksCascade,
  postsCascade,
  postsConversions,
  linksConversions,
  engagementsList,
  engagementsReply,
  engagementsHide,
  engagementsLike,
  engagementRepliesList,
  engagementRepliesPending,
  engagementRepliesDecide,
  engagementsRemove,
  engagementsUpdate,
  engagementsCounts,
  inboxEvents,
  engagementNotesList,
  engagementNotesAdd,
  savedRepliesList,
  savedRepliesCreate,
  savedRepliesUpdate,
  savedRepliesDelete,
  postsMetrics,
  postsSegments,
  webhooksMeta,
  webhooksX,
  loginTwoFactor,
  twoFactorStatus,
  twoFactorSetup,
  twoFactorConfirm,
  twoFactorRecoveryCodes,
  twoFactorDisable,
  sessionsList,
  sessionsEnd,
  sessionsEndOthers,
  myTokens,
  workspaceTwoFactor,
  networkAppsList,
  networkAppsSave,
  networkAppsRemove,
  alertRulesCreate,
  alertRulesList,
  alertRulesUpdate,
  alertRulesRemove,
  alertsList,
  listeningList,
  listeningCreate,
  listeningUpdate,
  listeningRemove,
  listeningMatches,
  webhooksCreate,
  webhooksList,
  webhooksRemove,
  webhooksSendTest,
  webhooksDeliveries,
  publishingState,
  publishingPause,
  publishingResume,
  sentimentAnalyse,
  segmentsCreate,
  segmentsList,
  segmentsPresets,
  segmentsGet,
  segmentsUpdate,
  segmentsRemove,
  businessHoursGet,
  businessHoursPut,
  teamFiguresGet,
  bestTimesHistory,
  bestTimesGet,
  bestTimesAudienceZone,
  analyticsGet,
  analyticsTopPosts,
  analyticsTopPostsCsv,
  analyticsCsv,
  reportSchedulesList,
  reportSchedulesCreate,
  reportSchedulesRemove,
  reportSchedulesSend,
  calendarFeedStatus,
  calendarFeedCreate,
  calendarFeedRemove,
  calendarFeed,
  clientApprovalsCreate,
  clientApprovalsList,
  clientApprovalsRevoke,
  clientApprovalsOfPost,
  clientApprovalPublic,
  linkPreview,
  accountFigures,
  campaignsCreate,
  campaignsList,
  campaignsGet,
  campaignsUpdate,
  campaignsRemove,
  campaignsReport,
  experimentsCreate,
  experimentsGet,
  queueGet,
  queuePut,
  notificationsList,
  notificationsRead,
  postNotesList,
  postNotesAdd,
  postNotesEdit,
  postNotesDelete,
  postVersionsList,
  postVersionDiff,
  postVersionRestore,
  feedsCreate,
  feedsList,
  feedsUpdate,
  feedsRemove,
  feedsCheck,
  templatesList,
  templatesCreate,
  templatesGet,
  templatesUpdate,
  templatesRemove,
  templatesFill,
  hashtagGroups,
  templateVariables,
  channelSignature,
];
