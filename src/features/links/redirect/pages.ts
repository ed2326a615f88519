/**
 * The few pages the redirector shows itself: not found, expired, the password form, too many attempts. Small, no
 * scripts. A visitor has no Chorus account and so no language setting: the browser's `Accept-Language` picks English
 * or French, as the web app offers.
 *
 * @example
 *   unknownLinkPage(pageLanguage('fr-FR,fr;q=0.9')); // <html lang="fr">… Ce lien n’existe pas …
 */
import { waitInWords } from '../../auth/attempt-limits.js';

export type PageLanguage = 'en' | 'fr';

const TEXT = {
  en: {
    unknownTitle: 'This link does not exist',
    unknownText: 'Check the address; it may have been mistyped.',
    expiredTitle: 'This link has expired',
    expiredText: 'It is no longer active.',
    protectedTitle: 'This link is protected',
    protectedAsk: 'Enter the password you were given.',
    protectedWrong: 'That password is not right. Try again.',
    password: 'Password',
    continue: 'Continue',
    tooManyTitle: 'Too many attempts',
    tooManyText: (wait: string) => `Too many passwords were tried for this link. Try again in ${wait}.`,
  },
  fr: {
    unknownTitle: 'Ce lien n’existe pas',
    unknownText: 'Vérifiez l’adresse ; elle a peut-être été mal saisie.',
    expiredTitle: 'Ce lien a expiré',
    expiredText: 'Il n’est plus actif.',
    protectedTitle: 'Ce lien est protégé',
    protectedAsk: 'Saisissez le mot de passe qui vous a été donné.',
    protectedWrong: 'Ce mot de passe n’est pas le bon. Réessayez.',
    password: 'Mot de passe',
    continue: 'Continuer',
    tooManyTitle: 'Trop de tentatives',
    tooManyText: (wait: string) => `Trop de mots de passe essayés pour ce lien. Réessayez dans ${wait}.`,
  },
} as const;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const shell = (title: string, body: string, lang: PageLanguage) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;` +
  `max-width:28rem;margin:15vh auto;padding:0 1rem;color:#1f2937}h1{font-size:1.4rem}input,button{font:inherit;` +
  `padding:.5rem .75rem;border-radius:6px;border:1px solid #cbd5e1}button{background:#3346d3;color:#fff;border:0}` +
  `.err{color:#b91c1c}</style></head><body>${body}</body></html>`;

/** A page with a title and one paragraph; `lang` is the language both are written in. */
export function statusPage(title: string, text: string, lang: PageLanguage = 'en'): string {
  return shell(title, `<h1>${escape(title)}</h1><p>${escape(text)}</p>`, lang);
}

export function unknownLinkPage(lang: PageLanguage): string {
  return statusPage(TEXT[lang].unknownTitle, TEXT[lang].unknownText, lang);
}

export function expiredLinkPage(lang: PageLanguage): string {
  return statusPage(TEXT[lang].expiredTitle, TEXT[lang].expiredText, lang);
}

export function passwordPage(wrong: boolean, lang: PageLanguage = 'en'): string {
  const text = TEXT[lang];
  return shell(
    text.protectedTitle,
    `<h1>${escape(text.protectedTitle)}</h1>${wrong ? `<p class="err">${escape(text.protectedWrong)}</p>` : `<p>${escape(text.protectedAsk)}</p>`}` +
      `<form method="post"><input type="password" name="password" autofocus required aria-label="${escape(text.password)}"> ` +
      `<button>${escape(text.continue)}</button></form>`,
    lang,
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

/** The language of the pages for this `Accept-Language` header (empty or absent: English). */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  return acceptLanguage && prefersFrench(acceptLanguage) ? 'fr' : 'en';
}

/** The short-link password form refused an attempt (429): how long to wait, in the visitor's language. */
export function tooManyAttemptsPage(seconds: number, acceptLanguage: string): string {
  const lang = pageLanguage(acceptLanguage);
  return statusPage(TEXT[lang].tooManyTitle, TEXT[lang].tooManyText(waitInWords(seconds, lang)), lang);
}
