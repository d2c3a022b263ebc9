/**
 * The capture page's queue (JavaScript only): every entry is kept on this device (localStorage)
 * and sent in the background by a `Syncer`, so a bad connection in a community hall loses
 * nothing. Holds what the page shows about it: what is waiting, what was sent (this tab's
 * sessionStorage) and any safeguarding concern raised, and what to say to screen readers.
 */
import { tick } from 'svelte';
import {
	Syncer,
	addRecent,
	entrySummary,
	pending,
	queueStorageKey,
	readRecent,
	refused,
	waitingMessage,
	writeRecent,
	type Draft,
	type SentNote,
	type StorageLike,
	type SyncState
} from '$lib/events/queue';

function storageOr(get: () => Storage): StorageLike | null {
	try {
		const s = get();
		s.getItem('said-and-done:probe');
		return s;
	} catch {
		return null;
	}
}

export class CaptureQueue {
	/** Null until the page has mounted: without it each form posts as usual. */
	syncer: Syncer | null = null;
	mounted = $state(false);
	sync = $state<SyncState>({ queue: [], sending: false, problem: null, persisted: true });
	recent = $state<SentNote[]>([]);
	concerns = $state<SentNote[]>([]);
	announcement = $state('');

	readonly waiting = $derived(pending(this.sync.queue));
	readonly needsYou = $derived(refused(this.sync.queue));
	readonly message = $derived(this.mounted ? waitingMessage(this.sync) : '');

	constructor(
		private readonly eventId: string,
		private readonly url: string,
		private readonly promptText: (key: string) => string | undefined
	) {}

	/** Starts sending (call on mount); returns what stops it. */
	connect(): () => void {
		const session = storageOr(() => sessionStorage);
		this.recent = readRecent(session, this.eventId);
		const s = new Syncer({
			url: this.url,
			eventId: this.eventId,
			storage: storageOr(() => localStorage),
			fetch: (u, i) => fetch(u, i),
			isOnline: () => navigator.onLine,
			onChange: (state) => (this.sync = state),
			onSent: (sent, flagged) => {
				// A lookup for this callback only, not state.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const flaggedKeys = new Set(flagged.map((q) => q.entry.key));
				const now = Date.now();
				const items = sent.map((q) => ({
					key: q.entry.key,
					summary: entrySummary(q.entry, this.promptText),
					sent_at: now,
					safeguarding: flaggedKeys.has(q.entry.key)
				}));
				this.recent = addRecent(this.recent, items);
				writeRecent(session, this.eventId, this.recent);
				const worrying = items.filter((i) => i.safeguarding);
				if (worrying.length) this.concerns = [...this.concerns, ...worrying];
			}
		});
		this.syncer = s;
		this.sync = s.state;
		this.mounted = true;
		void s.sync();
		const online = () => void s.retryNow();
		const offline = () => void s.sync();
		const visible = () => document.visibilityState === 'visible' && void s.sync();
		const storage = (e: StorageEvent) => e.key === queueStorageKey(this.eventId) && s.refresh();
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		window.addEventListener('storage', storage);
		document.addEventListener('visibilitychange', visible);
		return () => {
			s.stop();
			this.syncer = null;
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
			window.removeEventListener('storage', storage);
			document.removeEventListener('visibilitychange', visible);
		};
	}

	add(drafts: Draft[]) {
		this.syncer?.add(drafts);
	}

	remove(key: string) {
		this.syncer?.remove(key);
	}

	/** Says something to screen readers once (the same words twice are still announced). */
	async announce(text: string) {
		this.announcement = '';
		await tick();
		this.announcement = text;
	}
}
