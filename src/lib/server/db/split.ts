/**
 * Splits a migration into statements exactly as the Supabase CLI (2.117.0) does before it records
 * them in `supabase_migrations.schema_migrations.statements`, so a migration applied by the app
 * and one applied by `supabase db push` leave the same ledger row. A port of the CLI's scanner,
 * quirks included (one closing parenthesis ends every open group): matching it, not parsing SQL
 * perfectly, is the point. The whole file is still executed as one script.
 */
interface State {
	next(char: string, buffer: string): State | null;
}

const identChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{Nd}_$]/u.test(c);

/** `BEGIN ATOMIC` (SQL-standard function bodies) ends at `END`, not at a semicolon. */
function endsWithBeginAtomic(buffer: string): boolean {
	let at = buffer.length - 6;
	if (at < 0 || buffer.slice(at).toUpperCase() !== 'ATOMIC') return false;
	if (at > 0 && identChar(buffer[at - 1])) return false;
	const head = buffer.slice(0, at).replace(/\s+$/u, '');
	at = head.length - 5;
	if (at < 0 || head.slice(at).toUpperCase() !== 'BEGIN') return false;
	return at === 0 || !identChar(head[at - 1]);
}

class Ready implements State {
	next(c: string, buffer: string): State | null {
		switch (c) {
			case '$':
				return new DollarTag(buffer.length - c.length);
			case "'":
			case '"':
				return new Quoted(c);
			case '-':
				return new MaybeComment();
			case '/':
				return new BlockComment();
			case '\\':
				return new Escape();
			case ';':
				return null;
			case '(':
				return new Group(new Ready(), ')');
			case 'c':
			case 'C':
				return endsWithBeginAtomic(buffer) ? new Group(new Ready(), 'END') : this;
			default:
				return this;
		}
	}
}

class MaybeComment implements State {
	next(c: string, buffer: string) {
		return c === '-' ? new Until('\n') : new Ready().next(c, buffer);
	}
}

class BlockComment implements State {
	depth = 0;
	next(c: string, buffer: string): State | null {
		const last2 = buffer.slice(-2);
		if (last2 === '/*') {
			this.depth += 1;
			return this;
		}
		if (this.depth === 0) return new Ready().next(c, buffer);
		if (last2 === '*/') {
			this.depth -= 1;
			if (this.depth === 0) return new Ready();
		}
		return this;
	}
}

class Quoted implements State {
	escape = false;
	constructor(readonly delimiter: string) {}
	next(c: string, buffer: string): State | null {
		if (this.escape) {
			if (c === this.delimiter) {
				this.escape = false;
				return this;
			}
			return new Ready().next(c, buffer);
		}
		if (c === this.delimiter) this.escape = true;
		return this;
	}
}

class Until implements State {
	constructor(readonly delimiter: string) {}
	next(_: string, buffer: string): State {
		return buffer.slice(-this.delimiter.length) === this.delimiter ? new Ready() : this;
	}
}

class DollarTag implements State {
	constructor(readonly offset: number) {}
	next(c: string, buffer: string): State | null {
		if (c === '$') return new Until(buffer.slice(this.offset));
		if (/[\p{L}\p{Nd}_]/u.test(c)) return this;
		return new Ready().next(c, buffer);
	}
}

class Escape implements State {
	next() {
		return new Ready();
	}
}

class Group implements State {
	constructor(
		private prev: State,
		readonly delimiter: string
	) {}
	next(c: string, buffer: string): State {
		const state = this.prev.next(c, buffer);
		if (state !== null) this.prev = state;
		if (
			this.prev instanceof Ready &&
			buffer.slice(-this.delimiter.length).toUpperCase() === this.delimiter.toUpperCase()
		)
			return new Ready();
		return this;
	}
}

/** The statements the Supabase CLI records for this SQL: trimmed, without their semicolons, none empty. */
export function splitStatements(sql: string): string[] {
	const statements: string[] = [];
	let state: State = new Ready();
	let buffer = '';
	const keep = (text: string) => {
		const trimmed = text.replace(/;+$/u, '').trim();
		if (trimmed.length > 0) statements.push(trimmed);
	};
	for (const c of Array.from(sql)) {
		buffer += c;
		const next = state.next(c, buffer);
		if (next === null) {
			keep(buffer);
			buffer = '';
			state = new Ready();
		} else state = next;
	}
	keep(buffer);
	return statements;
}
