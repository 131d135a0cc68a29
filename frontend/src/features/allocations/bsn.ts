/** The eleven-test of a BSN: 9 digits, weights 9..2 and -1, the sum divisible by 11, not all zeros. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  const digits = [...bsn].map(Number);
  const total = digits.slice(0, 8).reduce((sum, digit, index) => sum + digit * (9 - index), 0) - digits[8]!;
  return total % 11 === 0;
}
