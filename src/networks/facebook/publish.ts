/**
 * Publishing on a Facebook Page (https://developers.facebook.com/docs/pages-api/posts):
 * - text, with an optional link preview: `POST /{page-id}/feed` with `message` and `link`;
 * - one photo: `POST /{page-id}/photos` with `url` — Facebook fetches the file, so Chorus gives the signed media URL;
 * - several photos: each uploaded unpublished (`published=false`), then one `POST /feed` with `attached_media`;
 * - one video: `POST /{page-id}/videos` with `file_url` (https://developers.facebook.com/docs/video-api/guides/publishing).
 * A reply is a comment: `POST /{object-id}/comments` (https://developers.facebook.com/docs/graph-api/reference/object/comments/).
 * A segment's audience (`targeting`, `feed_targeting`, see ./targeting.ts) goes on the call that makes the post people
 * see: the feed post, the published photo or the video; unpublished photos of a multi-photo post carry none.
 */
import type { MediaForNetwork, NativeTargeting, PublicationContent, PublishedRef } from '../connector.js';
import { parseGraph, type GraphClient } from '../meta/graph.js';
import { createdSchema, objectUrl } from './mapping.js';
import { targetingParams } from './targeting.js';

function photoParams(media: MediaForNetwork): Record<string, string> {
  // `alt_text_custom` is the Photo node's alt text; empty means Facebook generates one.
  return { url: media.url, ...(media.altText.trim() ? { alt_text_custom: media.altText } : {}) };
}

export async function publishToPage(graph: GraphClient, pageId: string, content: PublicationContent, targeting: NativeTargeting | null = null): Promise<PublishedRef> {
  const page = encodeURIComponent(pageId);
  const audience = targetingParams(targeting);
  const message = content.text.trim() ? content.text : undefined;
  const videos = content.media.filter((m) => m.mimeType.startsWith('video/'));
  const images = content.media.filter((m) => m.mimeType.startsWith('image/'));

  if (videos[0]) {
    const response = await graph.post(`/${page}/videos`, { file_url: videos[0].url, description: message, ...audience });
    const created = parseGraph(createdSchema, response.body, 'the new video', 'facebook');
    // The Video node is the post people see; its id works for comments, reactions and DELETE.
    return { externalId: created.id, url: `https://www.facebook.com/${pageId}/videos/${created.id}` };
  }
  if (images.length === 1 && images[0]) {
    // `caption` is the Photo's text and the feed story's message (the Photo reference marks `message` deprecated).
    const response = await graph.post(`/${page}/photos`, { ...photoParams(images[0]), caption: message, ...audience });
    const created = parseGraph(createdSchema, response.body, 'the new photo', 'facebook');
    const postId = created.post_id ?? created.id;
    return { externalId: postId, url: objectUrl(postId) };
  }
  if (images.length > 1) {
    const ids: string[] = [];
    // In order, one at a time: the post shows them in the order given. An unpublished photo left behind by a crash
    // is not shown on the Page; the retry uploads fresh ones.
    for (const image of images) {
      const response = await graph.post(`/${page}/photos`, { ...photoParams(image), published: false });
      ids.push(parseGraph(createdSchema, response.body, 'an unpublished photo', 'facebook').id);
    }
    const response = await graph.post(`/${page}/feed`, {
      message,
      attached_media: JSON.stringify(ids.map((id) => ({ media_fbid: id }))),
      ...audience,
    });
    const created = parseGraph(createdSchema, response.body, 'the new post', 'facebook');
    return { externalId: created.id, url: objectUrl(created.id) };
  }
  const link = typeof content.options?.['link'] === 'string' ? content.options['link'] : undefined;
  const response = await graph.post(`/${page}/feed`, { message, link, ...audience });
  const created = parseGraph(createdSchema, response.body, 'the new post', 'facebook');
  return { externalId: created.id, url: objectUrl(created.id) };
}

/** A comment under a post or another comment; one photo may go with it as `attachment_url`. */
export async function commentOn(graph: GraphClient, objectId: string, content: PublicationContent): Promise<PublishedRef> {
  const image = content.media.find((m) => m.mimeType.startsWith('image/'));
  const response = await graph.post(`/${encodeURIComponent(objectId)}/comments`, {
    message: content.text.trim() ? content.text : undefined,
    attachment_url: image?.url,
  });
  const created = parseGraph(createdSchema, response.body, 'the new comment', 'facebook');
  return { externalId: created.id, url: objectUrl(created.id) };
}
