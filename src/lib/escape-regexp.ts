/**
 * Text as a regular expression that matches it literally.
 * @example escapeRegExp('C++ (EU)') // 'C\\+\\+ \\(EU\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
