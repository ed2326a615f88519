/** A link's card as a post embeds it: the address as written in the post, and its page's share tags. */
export interface LinkCard {
  url: string;
  title: string;
  description: string;
  /** Already under the network's size limit (src/features/share-preview re-encodes larger images). */
  thumb?: { bytes: Buffer; mimeType: string };
}
