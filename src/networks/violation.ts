/** A rule of a network that a post (or an audience) breaks, as every check in Chorus reports it. Re-exported by connector.ts. */
export interface Violation {
  /** Stable code, e.g. `too_long`, `too_many_images`, `image_too_large`, `media_type`. */
  rule: string;
  message: string;
  /** Where in the input: `text`, `media[2]`... */
  field: string;
  /** The numbers the message states (`{ max: 300, length: 312 }`), so it can be written in another language. */
  params?: Record<string, string | number>;
}
