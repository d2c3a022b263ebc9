// A public page: plain HTML and the stylesheet, no JavaScript (docs/architecture.md).
export const csr = false;
