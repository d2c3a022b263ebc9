// The event's phone page: plain forms that post and come back, no JavaScript, so it opens at once
// on any phone in the room (docs/architecture.md). The wall (./wall) keeps its live updates.
export const csr = false;
