// The 14 default themes, the same as seeds/themes.json (a unit test keeps the two equal).
// Kept as code so the library needs no file access and bundles into the server build.
import type { ThemeDef } from './types';

export const defaultThemes: readonly ThemeDef[] = Object.freeze([
	{ id: 'access-waiting', name: 'Access and waiting times', description: 'How easy it is to get help, and how long you wait for it.' },
	{ id: 'crisis-support', name: 'Crisis and urgent help', description: 'Getting help fast when things feel really bad or unsafe, day or night.' },
	{ id: 'schools-education', name: 'Support in schools, colleges and universities', description: 'Help with your mental health where you learn, from teachers, counsellors and school teams.' },
	{ id: 'information-signposting', name: 'Knowing where to get help', description: 'Finding out what help there is, who it is for and how to reach it.' },
	{ id: 'being-heard', name: 'Being listened to and involved', description: 'People taking you seriously and letting you help decide what happens.' },
	{ id: 'transitions', name: 'Moving between services and into adult care', description: 'What happens when you change services, move school or turn 18.' },
	{ id: 'eating-disorders', name: 'Eating disorders and disordered eating', description: 'Help with worries about food, eating, weight or body image.' },
	{ id: 'neurodiversity', name: 'Autism, ADHD and neurodevelopmental needs', description: 'Support for autistic young people, people with ADHD and others whose brains work differently.' },
	{ id: 'digital-online', name: 'Online and digital support', description: 'Help through apps, websites, texting and video calls, and staying safe online.' },
	{ id: 'equality-inclusion', name: 'Equality, inclusion and seldom-heard groups', description: 'Making sure help is fair and works for everyone, whoever you are and wherever you live.' },
	{ id: 'parents-carers', name: 'Support for parents and carers', description: 'Help and information for the adults who look after children and young people.' },
	{ id: 'staff-relationships', name: 'Staff, relationships and communication', description: 'How staff treat you, whether you see the same person, and how well they explain things.' },
	{ id: 'places-spaces', name: 'Welcoming places and safe spaces', description: 'Places to get help that feel friendly, safe and easy to get to.' },
	{ id: 'wellbeing-activities', name: 'Creative, peer and community wellbeing', description: 'Clubs, sport, arts and peer support that help you stay well.' }
].map((t) => Object.freeze(t)));
