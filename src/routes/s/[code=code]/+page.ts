// Server-rendered only: works on an old phone without JavaScript and stays under the page budget.
export const csr = false;
