/** `customer/invoice` labels, short enough to show a whole page of invoices on one line. */
export function invoiceIds(invoices: { customerId: string; invoiceId: string }[]): string[] {
  return invoices.map((invoice) => `${invoice.customerId}/${invoice.invoiceId}`);
}
