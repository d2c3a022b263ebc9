/**
 * Every size limit on what people send us, in one place (issue 13, item 11): each endpoint has
 * one limit, stated on its page and enforced with a plain error (413), next to the field for
 * forms. Routes and the pages that state the limits read them from here; tests/unit/limits.test.ts
 * checks they fit inside each other and inside the server's own cap.
 *
 * Sizes are in bytes; "KB" on pages means 1,000 bytes.
 */

/**
 * The server's cap on any request body: adapter-node's `BODY_SIZE_LIMIT` (its default, 512K =
 * 524,288 bytes; `scripts/start.js` sets it to this). Above it adapter-node refuses to read the
 * body; hooks.server.ts turns that into a plain message. Every limit below is well under it.
 */
export const REQUEST_MAX_BYTES = 524_288;
/** The same, as `BODY_SIZE_LIMIT` is written. */
export const BODY_SIZE_LIMIT = '512K';

/**
 * Actions CSV import: the file, at the check step and at the save step. The save step sends the
 * checked file back as base64 (a third bigger) with the form, so 250 KB becomes about 334 KB:
 * whatever the check accepted, the save accepts.
 */
export const CSV_IMPORT_MAX_BYTES = 250_000;
/** A whole import request, file and form fields: above it the file is refused before it is read. */
export const CSV_IMPORT_REQUEST_MAX_BYTES = 400_000;

/** Metric values pasted or uploaded as CSV on a metric's page. */
export const METRIC_CSV_MAX_BYTES = 200_000;

/** The facilitator's capture sync endpoint: one request's JSON body (413 above it). */
export const CAPTURE_SYNC_MAX_BYTES = 256_000;
/** How much of the offline queue goes in one sync request: well under the endpoint's limit. */
export const CAPTURE_BATCH_BYTES = 200_000;

/** A size as pages state it: "250 KB". */
export const kb = (bytes: number): string => `${Math.floor(bytes / 1000).toLocaleString('en-GB')} KB`;

/** The plain message for a request over the server's cap (any form or endpoint without its own). */
export const TOO_BIG_MESSAGE = `What you sent is too big for us to take: the most we take at once is ${kb(REQUEST_MAX_BYTES)}. Send less at a time, or a smaller file.`;
