// What a Markdown export may contain, read the way a Markdown viewer reads it: parsed by the
// CommonMark reference parser, then walked node by node.
import { Parser, type Node } from 'commonmark';

export interface Outline {
  /** Every block as "depth:type", in document order: what a hostile field must not change. */
  blocks: string[];
  /** Each paragraph's and heading's text, inline markup flattened, a line break shown as "\n". */
  texts: string[];
  links: { destination: string; children: string[] }[];
  /** Nodes an export never holds: raw HTML, images, code. */
  forbidden: string[];
  lines: number;
}

export function outline(markdown: string): Outline {
  const tree = new Parser().parse(markdown);
  const result: Outline = { blocks: [], texts: [], links: [], forbidden: [], lines: markdown.split('\n').length };
  const walker = tree.walker();
  let depth = 0;
  let text: string[] | undefined;
  for (let event = walker.next(); event; event = walker.next()) {
    const node: Node = event.node;
    if (!event.entering) {
      if (node.isContainer && isBlock(node)) depth--;
      if ((node.type === 'paragraph' || node.type === 'heading') && text) {
        result.texts.push(text.join(''));
        text = undefined;
      }
      continue;
    }
    if (isBlock(node)) {
      result.blocks.push(`${depth}:${node.type}${node.type === 'heading' ? node.level : ''}`);
      if (node.isContainer) depth++;
      if (node.type === 'paragraph' || node.type === 'heading') text = [];
    }
    if (['html_inline', 'html_block', 'image', 'code', 'code_block', 'thematic_break'].includes(node.type)) result.forbidden.push(`${node.type}: ${String(node.literal ?? node.destination ?? '').slice(0, 80)}`);
    if (node.type === 'link') {
      const children: string[] = [];
      for (let child = node.firstChild; child; child = child.next) children.push(child.type);
      result.links.push({ destination: node.destination ?? '', children });
    }
    if (text && (node.type === 'text' || node.type === 'code')) text.push(node.literal ?? '');
    if (text && (node.type === 'softbreak' || node.type === 'linebreak')) text.push('\n');
  }
  return result;
}

function isBlock(node: Node): boolean {
  return ['document', 'paragraph', 'block_quote', 'item', 'list', 'heading', 'code_block', 'html_block', 'thematic_break'].includes(node.type);
}

/** Whether a link target is one of these http(s) addresses (the parser percent-encodes a target, so compare parsed URLs). */
export function isOneOf(destination: string, urls: readonly string[]): boolean {
  if (!/^https?:\/\//i.test(destination)) return false;
  const href = (u: string) => {
    try {
      return decodeURI(new URL(u).href);
    } catch {
      return undefined;
    }
  };
  let decoded = destination;
  try {
    decoded = decodeURI(destination);
  } catch {
    // Kept as it is: a malformed escape is compared as written.
  }
  const target = href(destination) ?? href(decoded);
  return target !== undefined && urls.some((u) => href(u) === target);
}
