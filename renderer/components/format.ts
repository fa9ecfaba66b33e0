/** Vietnamese number style (1.234) wherever a count is shown, whatever the UI language. */
const countFormat = new Intl.NumberFormat('vi-VN');

export function formatCount(value: number): string {
  return countFormat.format(value);
}
