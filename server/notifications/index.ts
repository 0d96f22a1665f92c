// Public API of notifications.
export { getMailer, logMailer, mailDir, setMailer, smtpMailer, type Mailer, type MailMessage } from "./mailer";
export { notifyOrder, ORDER_TEMPLATES, type OrderTemplate, type NotifyResult } from "./service";
export { listMyNotifications, markAllRead, type InAppNotification } from "./queries";
