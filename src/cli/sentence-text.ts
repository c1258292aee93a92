/**
 * An outlet's sentence as the terminal shows it under a finding: in quotation marks, cut to `maxChars` with "…". A
 * sentence that opens with a quotation of its own ("“Show me one piece of evidence ...,” he told Al Jazeera.") is shown
 * as it stands: wrapped, it would open with two marks (““Show me ...).
 */
export function sentenceText(sentence: string, maxChars = Infinity): string {
  const cut = sentence.length > maxChars ? `${sentence.slice(0, maxChars - 1)}…` : sentence;
  return /^["“„«‘']/u.test(cut) ? cut : `“${cut}”`;
}
