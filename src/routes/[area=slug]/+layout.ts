// Public area pages (the area, its plan, board and priority traces) are read on phones: plain HTML
// and the stylesheet, no JavaScript (docs/architecture.md, "Public pages ship no JavaScript").
// Every interaction is a link or a GET form.
export const csr = false;
