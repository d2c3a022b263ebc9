// A partner's page may hold several embeds: no JavaScript, just HTML and the stylesheet.
export const csr = false;
