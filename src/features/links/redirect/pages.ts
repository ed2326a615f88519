/** The few pages the redirector shows itself: not found, expired, the password form, too many attempts. Small, no scripts. */
import { waitInWords } from '../../auth/attempt-limits.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const shell = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;` +
  `max-width:28rem;margin:15vh auto;padding:0 1rem;color:#1f2937}h1{font-size:1.4rem}input,button{font:inherit;` +
  `padding:.5rem .75rem;border-radius:6px;border:1px solid #cbd5e1}button{background:#3346d3;color:#fff;border:0}` +
  `.err{color:#b91c1c}</style></head><body>${body}</body></html>`;

export function statusPage(title: string, text: string): string {
  return shell(title, `<h1>${escape(title)}</h1><p>${escape(text)}</p>`);
}

export function passwordPage(wrong: boolean): string {
  return shell(
    'This link is protected',
    `<h1>This link is protected</h1>${wrong ? '<p class="err">That password is not right. Try again.</p>' : '<p>Enter the password you were given.</p>'}` +
      `<form method="post"><input type="password" name="password" autofocus required aria-label="Password"> <button>Continue</button></form>`,
  );
}

/** French when the browser prefers French to English (its first language of the two, by q-value), else English. */
export function prefersFrench(acceptLanguage: string): boolean {
  let best: { lang: string; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0]!;
    if (lang !== 'fr' && lang !== 'en') continue;
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang === 'fr';
}

/** The short-link password form refused an attempt (429): how long to wait, in the visitor's language. */
export function tooManyAttemptsPage(seconds: number, acceptLanguage: string): string {
  const french = prefersFrench(acceptLanguage);
  const wait = waitInWords(seconds, french ? 'fr' : 'en');
  return french
    ? statusPage('Trop de tentatives', `Trop de mots de passe essayés pour ce lien. Réessayez dans ${wait}.`).replace('<html>', '<html lang="fr">')
    : statusPage('Too many attempts', `Too many passwords were tried for this link. Try again in ${wait}.`).replace('<html>', '<html lang="en">');
}
