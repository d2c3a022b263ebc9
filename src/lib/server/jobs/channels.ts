/**
 * Where alert messages go: SMTP (nodemailer) and GOV.UK Notify (email and SMS). Each send carries
 * a deterministic id (the delivery's id) so a repeat after a crash can be recognised: the email's
 * Message-ID and Notify's `reference`.
 */
import nodemailer from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';

export type Channel = 'email' | 'notify_email' | 'notify_sms';

/** What every message carries (alerts, hear-back). */
export interface MessageBody {
	subject: string;
	text: string;
	sms: string;
	personalisation: Record<string, string>;
}

export interface Outgoing {
	deliveryId: string;
	to: string;
	message: MessageBody;
	/** The email's Message-ID; `<alert-{deliveryId}@said-and-done>` when not given. */
	messageId?: string;
	/** Extra email headers (e.g. List-Unsubscribe). */
	headers?: Record<string, string>;
}

/** Sends one message; resolves to the provider's id once it has accepted it, throws otherwise. */
export type Send = (out: Outgoing) => Promise<string>;

export type Channels = Partial<Record<Channel, Send>>;

/** Short timeouts: a hung server must fail well inside the delivery lease, then be retried. */
export function smtpChannel(url: string, from: string): Send {
	const u = new URL(url);
	const transport = nodemailer.createTransport({
		host: u.hostname,
		port: Number(u.port) || (u.protocol === 'smtps:' ? 465 : 587),
		secure: u.protocol === 'smtps:',
		auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 20_000
	});
	return async ({ deliveryId, to, message, messageId, headers }) => {
		const info = await transport.sendMail({
			from,
			to,
			subject: message.subject,
			text: message.text,
			messageId: messageId ?? `<alert-${deliveryId}@said-and-done>`,
			headers: { 'X-Said-And-Done-Delivery': deliveryId, ...headers }
		});
		return String(info.messageId ?? deliveryId);
	};
}

export interface NotifySettings {
	apiKey: string;
	baseUrl: string;
	emailTemplateId: string;
	smsTemplateId: string;
}

/** Notify's errors carry the reason in the response body; never include the request (it holds the key). */
function notifyError(err: unknown): Error {
	const e = err as { response?: { status?: number; data?: { errors?: { message?: string }[] } }; message?: string };
	const reason = e.response?.data?.errors?.map((x) => x.message).join('; ');
	return new Error(`Notify ${e.response?.status ?? ''} ${reason ?? e.message ?? 'error'}`.trim());
}

type NotifyOptions = { personalisation: Record<string, string>; reference: string };

/**
 * A send through Notify (an email or SMS template): the delivery's id is Notify's reference, and
 * stands for Notify's id if it gives none; `personalisation` fills the template from the message.
 */
function notifySend(
	send: (to: string, options: NotifyOptions) => Promise<{ data?: { id?: string } }>,
	personalisation: (message: MessageBody) => Record<string, string> = (message) => message.personalisation
): Send {
	return async ({ deliveryId, to, message }) => {
		try {
			const r = await send(to, { personalisation: personalisation(message), reference: deliveryId });
			return String(r.data?.id ?? deliveryId);
		} catch (err) {
			throw notifyError(err);
		}
	};
}

export function notifyChannels(s: NotifySettings): Channels {
	const client = new NotifyClient(s.baseUrl, s.apiKey);
	return {
		notify_email: notifySend((to, options) => client.sendEmail(s.emailTemplateId, to, options)),
		notify_sms: notifySend((to, options) => client.sendSms(s.smsTemplateId, to, options))
	};
}

/** Hear-back SMS through Notify: its own template, with the whole text in one field, `body`. */
export function notifyHearBackSms(s: { apiKey: string; baseUrl: string; templateId: string }): Send {
	const client = new NotifyClient(s.baseUrl, s.apiKey);
	return notifySend(
		(to, options) => client.sendSms(s.templateId, to, options),
		(message) => ({ body: message.sms })
	);
}

export interface HearBackSenders {
	email?: Send;
	sms?: Send;
}

/** How hear-back messages go: email by SMTP, SMS by Notify's hear-back template. */
export function hearBackSendersFromEnv(e: {
	SMTP_URL?: string;
	MAIL_FROM: string;
	NOTIFY_API_KEY?: string;
	NOTIFY_BASE_URL: string;
	NOTIFY_HEAR_BACK_SMS_TEMPLATE_ID?: string;
}): HearBackSenders {
	return {
		...(e.SMTP_URL ? { email: smtpChannel(e.SMTP_URL, e.MAIL_FROM) } : {}),
		...(e.NOTIFY_API_KEY && e.NOTIFY_HEAR_BACK_SMS_TEMPLATE_ID
			? {
					sms: notifyHearBackSms({
						apiKey: e.NOTIFY_API_KEY,
						baseUrl: e.NOTIFY_BASE_URL,
						templateId: e.NOTIFY_HEAR_BACK_SMS_TEMPLATE_ID
					})
				}
			: {})
	};
}

/** The channels the settings turn on. */
export function channelsFromEnv(e: {
	SMTP_URL?: string;
	MAIL_FROM: string;
	NOTIFY_API_KEY?: string;
	NOTIFY_BASE_URL: string;
	NOTIFY_EMAIL_TEMPLATE_ID?: string;
	NOTIFY_SMS_TEMPLATE_ID?: string;
}): Channels {
	return {
		...(e.SMTP_URL ? { email: smtpChannel(e.SMTP_URL, e.MAIL_FROM) } : {}),
		...(e.NOTIFY_API_KEY && e.NOTIFY_EMAIL_TEMPLATE_ID && e.NOTIFY_SMS_TEMPLATE_ID
			? notifyChannels({
					apiKey: e.NOTIFY_API_KEY,
					baseUrl: e.NOTIFY_BASE_URL,
					emailTemplateId: e.NOTIFY_EMAIL_TEMPLATE_ID,
					smsTemplateId: e.NOTIFY_SMS_TEMPLATE_ID
				})
			: {})
	};
}
