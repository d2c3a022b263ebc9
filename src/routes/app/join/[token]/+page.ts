// A plain form: no JavaScript needed, and nothing typed before scripts load can be reset by hydration.
export const csr = false;
