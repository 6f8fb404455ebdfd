/**
 * A text cell a spreadsheet would run as a formula (OWASP's CSV injection rule: it starts with
 * = + - @, a tab or a CR) gets a leading apostrophe, which spreadsheets show as text and hide.
 * Only text: numbers, negative ones included, stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
