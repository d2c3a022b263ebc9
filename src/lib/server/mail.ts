/**
 * Invitation emails through nodemailer when SMTP_URL is set. Without it, nothing is sent and
 * the admin copies the link from the page instead.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from './env';
import { ROLE_LABEL } from '../schemas/auth';
import type { AreaRole } from './auth/sessions';

let transport: Transporter | null | undefined;

function transporter(): Transporter | null {
	if (transport === undefined) transport = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
	return transport;
}

/** For tests: send through a given transport (e.g. nodemailer's JSON transport). */
export function useTransport(t: Transporter | null) {
	transport = t;
}

export async function sendInvitation(input: {
	to: string | null;
	areaName: string;
	role: AreaRole;
	link: string;
}): Promise<boolean> {
	const t = transporter();
	if (!t || !input.to) return false;
	try {
		await t.sendMail({
			from: env().MAIL_FROM,
			to: input.to,
			subject: `You are invited to Said & Done for ${input.areaName}`,
			text:
				`You have been invited to join ${input.areaName} on Said & Done as: ${ROLE_LABEL[input.role]}.\n\n` +
				`Accept the invitation here (the link works once, for 7 days):\n${input.link}\n\n` +
				`If you were not expecting this, you can ignore this email.`
		});
		return true;
	} catch (err) {
		// The admin still sees the link to copy, so nothing is lost.
		console.error('[mail] could not send invitation:', err instanceof Error ? err.message : err);
		return false;
	}
}
