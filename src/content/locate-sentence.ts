// Finding an extracted sentence again in a live page. The extractor collapsed
// whitespace and Readability may have dropped markup between words, so the match
// runs on the page's text with every whitespace run folded to one space, and maps
// the hit back to the text nodes it came from.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
// A page of several hundred thousand words still answers in a few milliseconds; beyond this, give up rather than stall the page.
const MAX_TEXT_NODES = 200_000;

interface Piece {
  node: Text;
  /** Offset in `folded` where this node's text begins. */
  start: number;
  /** For each character kept from the node, its offset in the node. */
  offsets: number[];
}

/** The range of the page's text that reads as `sentence`, or undefined when the page no longer holds it. */
export function locateSentence(document: Document, sentence: string): Range | undefined {
  const wanted = fold(sentence).trim();
  if (!wanted || !document.body) return undefined;
  const pieces: Piece[] = [];
  let folded = '';
  let lastWasSpace = true;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIPPED.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let count = 0;
  for (let node = walker.nextNode(); node && count < MAX_TEXT_NODES; node = walker.nextNode(), count++) {
    const text = (node as Text).data;
    const piece: Piece = { node: node as Text, start: folded.length, offsets: [] };
    let chunk = '';
    for (let i = 0; i < text.length; i++) {
      const ch = foldChar(text[i]!);
      if (ch === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      chunk += ch;
      piece.offsets.push(i);
    }
    folded += chunk;
    if (piece.offsets.length) pieces.push(piece);
  }
  const at = folded.indexOf(wanted);
  if (at < 0) return undefined;
  const startPoint = pointAt(pieces, at);
  const endPoint = pointAt(pieces, at + wanted.length - 1);
  if (!startPoint || !endPoint) return undefined;
  const range = document.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset + 1);
  return range;
}

function pointAt(pieces: readonly Piece[], index: number): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (index < piece.start) high = middle - 1;
    else if (index >= piece.start + piece.offsets.length) low = middle + 1;
    else return { node: piece.node, offset: piece.offsets[index - piece.start]! };
  }
  return undefined;
}

function fold(text: string): string {
  let out = '';
  let lastWasSpace = false;
  for (const raw of text) {
    const ch = foldChar(raw);
    if (ch === ' ' && lastWasSpace) continue;
    lastWasSpace = ch === ' ';
    out += ch;
  }
  return out;
}

// Whitespace of any kind is one space; typographic quotes and dashes are compared as plain ones, because extraction and pages may differ only there.
function foldChar(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (ch === '“' || ch === '”' || ch === '„') return '"';
  if (ch === '‘' || ch === '’') return "'";
  if (ch === '–' || ch === '—') return '-';
  return ch;
}
