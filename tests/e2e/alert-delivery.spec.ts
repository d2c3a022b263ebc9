/**
 * An alert that reaches a person: a worrying answer sent from a 360 px phone without JavaScript,
 * the email arriving at a real SMTP server (the one SMTP_URL points the test server at), then the
 * safeguarding contact signing in from the link, acknowledging and closing the alert.
 */
import { expect, test } from '@playwright/test';
import { startSmtp, type TestSmtp } from '../support/alert-servers';
import { DEMO_PASSWORD, expectNoSeriousAxeViolations, openSurveyPath, submitSignIn } from './support';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const AREA = 'kent-medway';
const CONTACT = `officer@${AREA}.example`;

let smtp: TestSmtp;
test.beforeAll(async () => {
	// Only the demo contacts' mail is taken: other specs' invitations are refused, so they still show their link.
	smtp = await startSmtp(PORT + 1000, (to) => /^(officer|admin)@[a-z-]+\.example$/.test(to));
});
test.afterAll(() => smtp?.close());

test('a worrying answer on a phone without JavaScript is emailed to the contact within a minute, who acknowledges and closes it', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const phone = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 360, height: 640 },
		isMobile: true,
		hasTouch: true
	});
	const page = await phone.newPage();
	const words = `honestly everyone would be better off without me, i mean it ${Date.now().toString(36)}`;
	await page.goto(await openSurveyPath(page, AREA));
	await page.locator('input[name="answer-q1"][value="2"]').check();
	await page.locator('#answer-q4').fill(words);
	const before = smtp.mails.length;
	const sentAt = Date.now();
	await page.getByRole('button', { name: 'Send my answers' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
	await phone.close();

	// The email: to the area's safeguarding contact, with a link to the alert and none of the words.
	let mail: (typeof smtp.mails)[number] | undefined;
	await expect
		.poll(
			() =>
				(mail = smtp.mails
					.slice(before)
					.find((m) => m.to.includes(CONTACT) && m.raw.includes(`/app/${AREA}/alerts#alert-`))),
			{ timeout: 60_000 }
		)
		.toBeTruthy();
	expect(mail!.at - sentAt).toBeLessThan(60_000);
	test.info().annotations.push({ type: 'email arrived after', description: `${mail!.at - sentAt} ms` });
	process.stdout.write(`email arrived ${mail!.at - sentAt} ms after sending the answer\n`);
	expect(mail!.raw).toMatch(/safeguarding alert in /);
	expect(mail!.raw).not.toContain('better off without me');
	const link = /(http:\/\/\S+\/app\/[a-z-]+\/alerts#alert-([0-9a-f-]{36}))/.exec(mail!.raw)!;
	const [href, alertId] = [new URL(link[1]!), link[2]!];

	// The contact follows the link, signs in and lands on the alert.
	const staff = await browser.newContext();
	const console = await staff.newPage();
	await console.goto(href.pathname);
	await expect(console).toHaveURL(/\/app\/sign-in/);
	await submitSignIn(console, CONTACT, DEMO_PASSWORD);
	await expect(console).toHaveURL(new RegExp(`/app/${AREA}/alerts`));
	await expect(console.getByRole('navigation', { name: 'Staff' })).toContainText(/\d+ open safeguarding alerts?/);
	const card = console.locator(`#alert-${alertId}`);
	await expect(card).toContainText(words);
	await card.getByText(/Who was told/).click();
	await expect(card).toContainText(/email\s+sent/);
	await expectNoSeriousAxeViolations(console, 'an alert waiting to be acknowledged');

	await card.getByRole('button', { name: /Acknowledge/ }).click();
	await expect(console.locator(`#alert-${alertId}`)).toContainText('Acknowledged by');
	const open = console.locator(`#alert-${alertId}`);
	await open.getByLabel('What did you do?').fill('Called the school safeguarding lead about the survey');
	await open.getByRole('button', { name: /Record and close/ }).click();
	await expect(console.getByRole('table', { name: 'Closed alerts' })).toContainText(
		'Called the school safeguarding lead about the survey'
	);
	await expect(console.locator(`#alert-${alertId}`)).toHaveCount(0);
	await staff.close();
});
