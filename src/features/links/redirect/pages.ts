/** The few pages the redirector shows itself: not found, expired, and the password form. Small, no scripts. */
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
