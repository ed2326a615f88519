/** Networks as people write them, for messages ("X did not accept the connection"). */
import type { NetworkId } from '../../networks/connector.js';

const NAMES: Partial<Record<NetworkId, string>> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
};

export const networkName = (network: string): string => NAMES[network as NetworkId] ?? network;
