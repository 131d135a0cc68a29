/** Checks shared by the forms: dates as a date input gives them, amounts of care. */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the user's time zone, as an ISO date (yyyy-mm-dd), the value of a date input. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const AMOUNT = /^\d{1,7}([.,]\d{1,2})?$/;

/** Checks an amount of care: above 0, at most two decimals (a comma or a point). */
export function amountError(amount: string): 'required' | 'amount' | undefined {
  const value = amount.trim();
  if (!value) return 'required';
  return AMOUNT.test(value) && Number(value.replace(',', '.')) > 0 ? undefined : 'amount';
}
