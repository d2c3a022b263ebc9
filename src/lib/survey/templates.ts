/** Starter surveys an engagement officer can build from in a minute, then edit. */
import type { SurveyDefinition } from '../schemas/survey';

export interface SurveyTemplate {
	id: 'getting-help' | 'moving-to-adult-services' | 'event-feedback';
	name: string;
	description: string;
	definition: SurveyDefinition;
}

const about = { role: true, age_band: true, locality: true, equality: true };

export const TEMPLATES: SurveyTemplate[] = [
	{
		id: 'getting-help',
		name: 'Getting help',
		description: 'How easy it is to find and get mental health support, and what would make it better.',
		definition: {
			title: 'Getting help with how you feel',
			introduction:
				'We want to make it easier for young people to get help with their mental health. Tell us what it is like for you. It takes about 5 minutes. You do not have to answer every question.',
			audience: 'young_people',
			about_you: about,
			questions: [
				{
					key: 'q1',
					kind: 'rating',
					prompt: 'How easy is it to find out where to get help?',
					easy_read: 'Is it easy to find help?',
					hint: null,
					required: true,
					priority_ids: []
				},
				{
					key: 'q2',
					kind: 'single',
					prompt: 'Where would you go first if you needed help?',
					easy_read: 'Who would you ask first?',
					hint: null,
					required: false,
					priority_ids: [],
					options: [
						'A friend',
						'Family',
						'Someone at school or college',
						'A doctor (GP)',
						'A website or app',
						'I would not know'
					]
				},
				{
					key: 'q3',
					kind: 'yes_no',
					prompt: 'Have you ever waited a long time for help?',
					easy_read: 'Did you wait a long time for help?',
					hint: null,
					required: false,
					priority_ids: []
				},
				{
					key: 'q4',
					kind: 'text',
					prompt: 'What would make it easier to get help?',
					easy_read: 'What would make getting help easier?',
					hint: 'Do not write your name or anyone else’s.',
					required: false,
					priority_ids: []
				},
				{
					key: 'q5',
					kind: 'multiple',
					prompt: 'How would you like to get support?',
					easy_read: 'How do you want to get help?',
					hint: 'Choose all that fit.',
					required: false,
					priority_ids: [],
					options: ['Face to face', 'Online chat', 'Text message', 'Phone call', 'Video call', 'In a group']
				}
			]
		}
	},
	{
		id: 'moving-to-adult-services',
		name: 'Moving to adult services',
		description: 'For young people aged 16 to 25 moving from children’s to adult mental health services.',
		definition: {
			title: 'Moving to adult services',
			introduction:
				'Moving from children’s to adult services can be hard. Tell us how it went for you, or how you feel about it. It takes about 5 minutes.',
			audience: 'young_people',
			about_you: about,
			questions: [
				{
					key: 'q1',
					kind: 'rating',
					prompt: 'How well were you prepared for the move to adult services?',
					easy_read: 'Did people help you get ready for the move?',
					hint: null,
					required: true,
					priority_ids: []
				},
				{
					key: 'q2',
					kind: 'yes_no',
					prompt: 'Did you meet someone from the adult service before you moved?',
					easy_read: 'Did you meet your new team first?',
					hint: null,
					required: false,
					priority_ids: []
				},
				{
					key: 'q3',
					kind: 'text',
					prompt: 'What would have made the move easier?',
					easy_read: 'What would have helped?',
					hint: 'Do not write your name or anyone else’s.',
					required: false,
					priority_ids: []
				}
			]
		}
	},
	{
		id: 'event-feedback',
		name: 'Event feedback',
		description: 'A short survey for the end of an event, workshop or session.',
		definition: {
			title: 'What did you think of today?',
			introduction: 'Thank you for coming. Three quick questions about today.',
			audience: 'mixed',
			about_you: { role: true, age_band: true, locality: false, equality: false },
			questions: [
				{
					key: 'q1',
					kind: 'rating',
					prompt: 'How was today?',
					easy_read: 'Did you like today?',
					hint: null,
					required: true,
					priority_ids: []
				},
				{
					key: 'q2',
					kind: 'yes_no',
					prompt: 'Did you feel listened to?',
					easy_read: 'Did people listen to you?',
					hint: null,
					required: false,
					priority_ids: []
				},
				{
					key: 'q3',
					kind: 'text',
					prompt: 'Is there anything else you want to tell us?',
					easy_read: 'Anything else?',
					hint: 'Do not write your name or anyone else’s.',
					required: false,
					priority_ids: []
				}
			]
		}
	}
];

export const templateById = (id: string) => TEMPLATES.find((t) => t.id === id);
