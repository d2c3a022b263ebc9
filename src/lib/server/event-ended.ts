/**
 * A closed event's public pages (the phone page, its posts, the wall and its stream) answer
 * 410 Gone with this error; the error page says kindly that the event has ended and where to
 * see what happens next (issue 13, item 6). Staff keep the event's report.
 */
export const ENDED = (e: { name: string; area_slug: string; area_name: string }): App.Error => ({
	message: 'This event has ended',
	ended: { name: e.name, area_slug: e.area_slug, area_name: e.area_name }
});
