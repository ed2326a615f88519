/**
 * A network's logo as a small badge: the brand's glyph on the brand's colour. Glyphs and colours come from the
 * `simple-icons` npm package (CC0-1.0, https://simpleicons.org; brand marks stay their owners' trademarks, used here
 * only to name the network). Each icon is imported by name and the package has no side effects, so the build keeps
 * only these ten, not the package's 3,000-odd icons. LinkedIn asked Simple Icons to drop its logo, so LinkedIn (and
 * any network without an icon) gets its initial on its brand colour instead.
 */
import { siBluesky, siFacebook, siInstagram, siMastodon, siPinterest, siSnapchat, siThreads, siTiktok, siX, siYoutube } from 'simple-icons';
import { useTranslation } from 'react-i18next';

interface Glyph {
  hex: string;
  path?: string;
}

const GLYPHS: Record<string, Glyph> = {
  bluesky: siBluesky,
  facebook: siFacebook,
  instagram: siInstagram,
  mastodon: siMastodon,
  pinterest: siPinterest,
  snapchat: siSnapchat,
  threads: siThreads,
  tiktok: siTiktok,
  x: siX,
  youtube: siYoutube,
  // LinkedIn's blue, from its brand guidelines; no glyph (see above).
  linkedin: { hex: '0A66C2' },
};

/** Black or white, whichever reads better on the brand colour (Snapchat's yellow wants black). */
function inkOn(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 ? '#000' : '#fff';
}

/** Decorative by default (the text beside it names the network); `labelled` makes it say the network's name. */
export function NetworkLogo({ network, size = 20, labelled = false }: { network: string; size?: number; labelled?: boolean }) {
  const { t } = useTranslation();
  const glyph = GLYPHS[network] ?? { hex: '6B7280' };
  const ink = inkOn(glyph.hex);
  const name = t(`networks.${network}`, { defaultValue: network });
  return (
    <svg
      className="network-logo"
      data-network={network}
      width={size}
      height={size}
      viewBox="-4 -4 32 32"
      {...(labelled ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })}
    >
      <rect x="-4" y="-4" width="32" height="32" rx="7" fill={`#${glyph.hex}`} />
      {glyph.path ? (
        <path d={glyph.path} fill={ink} />
      ) : (
        <text x="12" y="17.5" textAnchor="middle" fontSize="17" fontWeight="700" fontFamily="system-ui, sans-serif" fill={ink}>
          {name.charAt(0)}
        </text>
      )}
    </svg>
  );
}
