/**
 * What a person recognises of a session: the browser and system named from its User-Agent header (ua-parser-js).
 *
 * @example
 *   describeDevice('Mozilla/5.0 (X11; Linux x86_64) … Firefox/128.0') // { browser: 'Firefox 128', os: 'Linux', mobile: false }
 */
import { UAParser } from 'ua-parser-js';

export interface Device {
  browser: string | null;
  os: string | null;
  mobile: boolean;
}

export function describeDevice(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null, mobile: false };
  const { browser, os, device } = new UAParser(userAgent).getResult();
  // The major version is enough to recognise a browser; the full one changes every few weeks.
  const browserName = browser.name ? [browser.name, browser.major].filter(Boolean).join(' ') : null;
  const osName = os.name ? [os.name, os.version].filter(Boolean).join(' ') : null;
  return { browser: browserName, os: osName, mobile: device.type === 'mobile' || device.type === 'tablet' };
}
