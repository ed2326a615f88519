/**
 * Email through the operator's SMTP server (CHORUS_SMTP_URL), with nodemailer. The server is the operator's own
 * setting, like DATABASE_URL, so it is not put through the local-address guard that protects user-typed addresses.
 * Without the setting, `send` refuses with a message saying what to set: callers decide whether that is an error.
 *
 * @example
 *   await mailerFor(ctx.config).send({ to: ['ops@example.com'], subject: 'Alert', text: '…' });
 */
import nodemailer from 'nodemailer';
import type { Config } from './config.js';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  /** Files sent with the mail (a report's CSV). */
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export interface Mailer {
  configured: boolean;
  send(mail: Mail): Promise<void>;
}

const transports = new Map<string, ReturnType<typeof nodemailer.createTransport>>();

export function mailerFor(config: Pick<Config, 'mail'>): Mailer {
  const { smtpUrl, from } = config.mail;
  return {
    configured: smtpUrl !== undefined,
    async send(mail) {
      if (!smtpUrl) throw new Error('Email is not set up on this server: set CHORUS_SMTP_URL (smtp://user:password@host:587).');
      // One pooled transport per server address, reused by every send of the process.
      let transport = transports.get(smtpUrl);
      if (!transport) {
        transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, socketTimeout: 20_000 });
        transports.set(smtpUrl, transport);
      }
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.attachments && { attachments: mail.attachments }) });
    },
  };
}
