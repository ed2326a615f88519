/**
 * Writing posts exactly once. The record key comes from the idempotency key (see record-key.ts), so every attempt
 * of one publication targets the same `at://did/app.bsky.feed.post/<rkey>`: if it is already there we return it,
 * otherwise we upload the media and create it.
 */
import type { Agent, BlobRef } from '@atproto/api';
import { NetworkError, mediaBytes, type LinkCard, type MediaForNetwork, type PublicationContent, type PublishedRef } from '../connector.js';
import type { BlueskyClient } from './client.js';
import { detectFacets } from './facets.js';
import {
  POST_COLLECTION,
  buildPostRecord,
  parsePostUri,
  postUri,
  postWebUrl,
  replyRefsFor,
  type ReplyRefs,
  type StrongRef,
  type UploadedImage,
  type UploadedVideo,
} from './mapping.js';
import { recordKeyFor } from './record-key.js';

/** Publishes `content` (as a reply when `replyTo` or `content.inReplyTo` is set) under the key's record key. */
export async function createPost(
  client: BlueskyClient,
  content: PublicationContent,
  idempotencyKey: string,
  replyTo?: string,
): Promise<PublishedRef> {
  const rkey = recordKeyFor(idempotencyKey);
  const existing = await findPost(client, rkey);
  if (existing) return existing;

  const parentUri = replyTo ?? content.inReplyTo;
  const reply = parentUri ? await client.call('reading the post to reply to', (agent) => replyRefs(agent, parentUri)) : undefined;
  const media = await uploadMedia(client, content.media);
  const facets = await client.call('detecting links and mentions', (agent) =>
    detectFacets(content.text, async (handle) => {
      const res = await agent.com.atproto.identity.resolveHandle({ handle });
      return res.data.did;
    }),
  );
  const external = !media.images && !media.video && content.linkCard ? await uploadCard(client, content.linkCard) : undefined;
  const record = buildPostRecord({ text: content.text, facets, createdAt: new Date(), reply, ...media, ...(external && { external }) });
  try {
    await client.call('publishing the post', (agent) =>
      agent.com.atproto.repo.createRecord({ repo: client.did, collection: POST_COLLECTION, rkey, record }),
    );
  } catch (err) {
    // A previous attempt may have written it after all (a timeout that still landed, a concurrent retry): the
    // PDS then refuses the duplicate key. Only an error that is not about the record itself can hide that.
    if (err instanceof NetworkError && (err.kind === 'rejected' || err.kind === 'transient')) {
      const landed = await findPost(client, rkey).catch(() => null);
      if (landed) return landed;
    }
    throw err;
  }
  return { externalId: postUri(client.did, rkey), url: postWebUrl(client.handle || client.did, rkey) };
}

/** The post at this record key of the account, or null. */
export async function findPost(client: BlueskyClient, rkey: string): Promise<PublishedRef | null> {
  try {
    await client.call('looking for an earlier attempt', (agent) =>
      agent.com.atproto.repo.getRecord({ repo: client.did, collection: POST_COLLECTION, rkey }),
    );
  } catch (err) {
    if (err instanceof NetworkError && err.kind === 'not_found') return null;
    throw err;
  }
  return { externalId: postUri(client.did, rkey), url: postWebUrl(client.handle || client.did, rkey) };
}

/** Deletes one of the account's posts; not_found when it is already gone. */
export async function deletePost(client: BlueskyClient, externalId: string): Promise<void> {
  const { did, rkey } = parseOwnPostUri(externalId);
  if (did !== client.did) {
    throw new NetworkError('rejected', `This post belongs to another Bluesky account (${did}); it cannot be deleted from here.`, {
      network: 'bluesky',
    });
  }
  // deleteRecord succeeds on a missing record; read first so "already gone" is reported as such.
  await client.call('finding the post to delete', (agent) =>
    agent.com.atproto.repo.getRecord({ repo: did, collection: POST_COLLECTION, rkey }),
  );
  await client.call('deleting the post', (agent) =>
    agent.com.atproto.repo.deleteRecord({ repo: did, collection: POST_COLLECTION, rkey }),
  );
}

/** `app.bsky.feed.like` records (lexicon: key tid, `{ subject: strongRef, createdAt }`). */
const LIKE_COLLECTION = 'app.bsky.feed.like';

/**
 * Likes a post, or takes the like back. The like's record key is derived from the post's address, so the account's
 * like of one post is always the same record: liking twice finds it there, and unliking needs no lookup.
 */
export async function likePost(client: BlueskyClient, postUri: string, liked: boolean): Promise<void> {
  const rkey = recordKeyFor(`like:${postUri}`);
  if (!liked) {
    // deleteRecord succeeds on a missing record: taking back a like that is not there is harmless.
    await client.call('taking the like back', (agent) => agent.com.atproto.repo.deleteRecord({ repo: client.did, collection: LIKE_COLLECTION, rkey }));
    return;
  }
  try {
    await client.call('looking for the like', (agent) => agent.com.atproto.repo.getRecord({ repo: client.did, collection: LIKE_COLLECTION, rkey }));
    return;
  } catch (err) {
    if (!(err instanceof NetworkError && err.kind === 'not_found')) throw err;
  }
  const { parent: subject } = await client.call('reading the post to like', (agent) => replyRefs(agent, postUri));
  const record = { $type: LIKE_COLLECTION, subject, createdAt: new Date().toISOString() };
  await client.call('liking the post', (agent) => agent.com.atproto.repo.createRecord({ repo: client.did, collection: LIKE_COLLECTION, rkey, record }));
}

function parseOwnPostUri(uri: string): { did: string; rkey: string } {
  try {
    return parsePostUri(uri);
  } catch (err) {
    throw new NetworkError('rejected', (err as Error).message, { network: 'bluesky' });
  }
}

// Reply refs need the parent's CID and its thread root. getRecord works on any repo (the PDS forwards reads of
// repositories it does not host); the AppView's getPosts is the fallback.
async function replyRefs(agent: Agent, parentUri: string): Promise<ReplyRefs> {
  const { did, rkey } = parseOwnPostUri(parentUri);
  try {
    const res = await agent.com.atproto.repo.getRecord({ repo: did, collection: POST_COLLECTION, rkey });
    if (!res.data.cid) throw new Error('no cid');
    return replyRefsFor({ uri: res.data.uri, cid: res.data.cid }, res.data.value as Record<string, unknown>);
  } catch {
    const res = await agent.app.bsky.feed.getPosts({ uris: [parentUri] });
    const post = res.data.posts[0];
    if (!post) {
      throw new NetworkError('not_found', `The Bluesky post to reply to no longer exists: ${parentUri}`, { network: 'bluesky' });
    }
    const parent: StrongRef = { uri: post.uri, cid: post.cid };
    return replyRefsFor(parent, post.record);
  }
}

async function uploadMedia(
  client: BlueskyClient,
  media: MediaForNetwork[],
): Promise<{ images?: UploadedImage[]; video?: UploadedVideo }> {
  const images: UploadedImage[] = [];
  let video: UploadedVideo | undefined;
  for (const item of media) {
    const described = { alt: item.altText, width: item.width, height: item.height };
    // Uploading the same bytes twice (a retry) is harmless: blobs are stored by content hash.
    // Video goes to the PDS as a plain blob. Bluesky's own app sends it through its video service (transcoding,
    // per-day quotas), which a self-hosted PDS or the local test network does not run; the AppView accepts both.
    if (item.mimeType.startsWith('video/')) {
      // Up to 100 MB: streamed from the media store, never whole in memory (client.ts says why not via the agent).
      const blob = await client.uploadBlobStream('uploading the video', item.mimeType, mediaBytes(item));
      video = { blob, ...described };
    } else {
      // Images are at most about 1 MB on Bluesky: read whole and sent through the agent.
      const bytes = await item.read();
      const res = await client.call('uploading an image', (agent) =>
        agent.com.atproto.repo.uploadBlob(new Uint8Array(bytes), { encoding: item.mimeType }),
      );
      images.push({ blob: res.data.blob, ...described });
    }
  }
  return {
    ...(images.length > 0 ? { images } : {}),
    ...(video ? { video } : {}),
  };
}

/**
 * A link's card as `app.bsky.embed.external` (lexicon: uri, title, description, optional thumb blob of at most
 * 1,000,000 bytes, which the share-preview feature already ensured). A thumbnail the PDS refuses costs the card its
 * picture, never the post.
 */
async function uploadCard(client: BlueskyClient, card: LinkCard): Promise<{ uri: string; title: string; description: string; thumb?: BlobRef }> {
  const base = { uri: card.url, title: card.title.slice(0, 300), description: card.description.slice(0, 1000) };
  if (!card.thumb) return base;
  const { bytes, mimeType } = card.thumb;
  try {
    const res = await client.call('uploading the link card image', (agent) => agent.com.atproto.repo.uploadBlob(new Uint8Array(bytes), { encoding: mimeType }));
    return { ...base, thumb: res.data.blob };
  } catch {
    return base;
  }
}
