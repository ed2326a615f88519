/**
 * The public link-in-bio page: server-rendered HTML, no script, one inline stylesheet (a page is a few KB, so it
 * shows at once on a phone on a slow network). Everything people typed is escaped; colors come only from presets.
 *
 * @example
 *   const html = renderBioPage({ title: 'Acme', description: '', lang: 'en', theme: 'ocean', avatarUrl: null,
 *     items: [{ label: 'Shop', url: 'https://go.example.com/abc?src=bio' }] });
 */
import { themeOf } from './themes.js';

export interface BioPageView {
  title: string;
  description: string;
  lang: string;
  theme: string;
  avatarUrl: string | null;
  items: Array<{ label: string; url: string }>;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function styles(themeName: string): string {
  const t = themeOf(themeName);
  return (
    `*{box-sizing:border-box}html{background:${t.background};-webkit-text-size-adjust:100%}` +
    `body{margin:0;min-height:100vh;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${t.text};background:${t.background}}` +
    `main{max-width:34rem;margin:0 auto;padding:3.5rem 1.25rem 3rem;text-align:center}` +
    `.avatar{display:flex;align-items:center;justify-content:center;width:6rem;height:6rem;margin:0 auto 1.25rem;border-radius:50%;` +
    `object-fit:cover;border:3px solid ${t.border};background:${t.button};color:${t.buttonText};font-size:2.5rem;font-weight:700}` +
    `h1{margin:0 0 .5rem;font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}` +
    `.about{margin:0 auto 2rem;max-width:28rem;color:${t.muted};overflow-wrap:anywhere;white-space:pre-line}` +
    `ul{display:grid;gap:.9rem;margin:0;padding:0;list-style:none}` +
    `a{display:block;padding:1rem 1.25rem;border:2px solid ${t.border};border-radius:1rem;background:${t.button};color:${t.buttonText};` +
    `font-weight:600;text-decoration:none;overflow-wrap:anywhere;box-shadow:0 1px 2px rgb(0 0 0/.08);transition:transform .15s,box-shadow .15s}` +
    `a:hover{transform:translateY(-2px);box-shadow:0 6px 16px rgb(0 0 0/.14)}` +
    `a:focus-visible{outline:3px solid ${t.focus};outline-offset:3px}` +
    `.empty{color:${t.muted}}` +
    `@media (prefers-reduced-motion:reduce){a{transition:none}a:hover{transform:none}}`
  );
}

export function renderBioPage(view: BioPageView): string {
  const title = escapeHtml(view.title);
  const t = themeOf(view.theme);
  // Decorative: the name follows as the heading, so the picture (or initial) is hidden from screen readers.
  const avatar = view.avatarUrl
    ? `<img class="avatar" src="${escapeHtml(view.avatarUrl)}" alt="" width="96" height="96">`
    : `<div class="avatar" aria-hidden="true">${escapeHtml(initialOf(view.title))}</div>`;
  const items = view.items.length
    ? `<ul>${view.items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.label)}</a></li>`).join('')}</ul>`
    : `<p class="empty">No links yet.</p>`;
  return (
    `<!doctype html><html lang="${escapeHtml(view.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>` +
    (view.description ? `<meta name="description" content="${escapeHtml(view.description)}">` : '') +
    `<meta property="og:title" content="${title}"><meta name="theme-color" content="${t.background}">` +
    `<meta name="referrer" content="strict-origin-when-cross-origin"><style>${styles(view.theme)}</style></head>` +
    `<body><main><header>${avatar}<h1>${title}</h1>` +
    (view.description ? `<p class="about">${escapeHtml(view.description)}</p>` : '') +
    `</header><nav aria-label="Links">${items}</nav></main></body></html>`
  );
}

function initialOf(title: string): string {
  const first = [...title.trim()][0];
  return first ? first.toLocaleUpperCase() : '•';
}
