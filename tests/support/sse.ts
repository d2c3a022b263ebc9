/**
 * Reads a Server-Sent Events response as it arrives: each `data:` line, parsed as JSON, goes to
 * `onData`; `onEnd` runs once the stream ends or is cancelled. Returns a function that cancels it.
 */
export function followEvents(res: Response, onData: (data: unknown) => void, onEnd?: () => void): () => Promise<void> {
	const reader = res.body!.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	void (async () => {
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let i: number;
				while ((i = buffer.indexOf('\n\n')) >= 0) {
					const chunk = buffer.slice(0, i);
					buffer = buffer.slice(i + 2);
					for (const line of chunk.split('\n')) if (line.startsWith('data: ')) onData(JSON.parse(line.slice(6)));
				}
			}
		} catch {
			/* cancelled */
		}
		onEnd?.();
	})();
	return () => reader.cancel().catch(() => {});
}
