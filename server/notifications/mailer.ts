// Outgoing e-mail behind one small interface: SMTP (nodemailer) when SMTP_URL is set, otherwise a
// log transport that writes each message as an .eml file under FURROW_DATA_DIR/mail, so development
// and tests can open exactly what a customer would receive.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; html?: string; from?: string; headers?: Record<string, string> };
export type Mailer = { name: string; send(message: MailMessage): Promise<{ messageId: string; location?: string }> };

/** The directory the log transport writes to. */
export function mailDir(): string {
  return path.resolve(env.FURROW_DATA_DIR ?? ".data", "mail");
}

/** Writes RFC 822 messages to `dir` (one .eml per message); nodemailer builds the MIME exactly as SMTP would send it. */
export function logMailer(dir: string = mailDir()): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    name: "log",
    async send(message) {
      const info = await transport.sendMail({ from: message.from ?? env.MAIL_FROM, ...message });
      await mkdir(dir, { recursive: true });
      const safe = (message.headers?.["X-Furrow-Notification"] ?? info.messageId).replace(/[^a-zA-Z0-9._-]/g, "_");
      const location = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${safe}.eml`);
      await writeFile(location, info.message as Buffer);
      return { messageId: info.messageId, location };
    },
  };
}

/** SMTP via nodemailer (pooled connection). */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(message) {
      const info = await transport.sendMail({ from: message.from ?? env.MAIL_FROM, ...message });
      return { messageId: info.messageId };
    },
  };
}

let active: Mailer | undefined;

/** The process's mailer: SMTP when configured, else the .eml log. Tests may pass their own. */
export function getMailer(): Mailer {
  active ??= env.SMTP_URL ? smtpMailer(env.SMTP_URL) : logMailer();
  return active;
}

/** Replaces the process's mailer (tests point it at a temporary directory); returns the previous one. */
export function setMailer(mailer: Mailer | undefined): Mailer | undefined {
  const previous = active;
  active = mailer;
  return previous;
}
