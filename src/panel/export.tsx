import { useState } from 'preact/hooks';
import { exportJson, type Report, reportToMarkdown } from '../core/render.js';

/** A file name from the article's title: letters and digits only, so page text cannot shape a path. */
export function exportFileName(report: Report, extension: 'md' | 'json'): string {
  const slug = report.article.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 60 characters, cut between words.
  const cut = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
  return `crosscheck-${cut || 'report'}.${extension}`;
}

/** Saves text as a file: a blob of our own content behind a one-off object URL, never the page's text as a URL. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The whole report, for a journalist's notes: Markdown (readable, with the evidence) or JSON (the Report itself). */
export function ExportBar({ report }: { report: Report }) {
  const [copied, setCopied] = useState('');
  const copy = (): void => {
    navigator.clipboard.writeText(reportToMarkdown(report)).then(
      () => setCopied('The report is on the clipboard as Markdown.'),
      () => setCopied('Copying failed: use the Markdown button to save a file instead.'),
    );
  };
  return (
    <div class="export" role="group" aria-labelledby="export-label" data-testid="export">
      <span class="export-label" id="export-label">
        Export
      </span>
      <button type="button" data-testid="export-markdown" title="Save the report as a Markdown file" onClick={() => download(reportToMarkdown(report), 'text/markdown;charset=utf-8', exportFileName(report, 'md'))}>
        Markdown
      </button>
      <button type="button" data-testid="export-json" title="Save the report as a JSON file" onClick={() => download(exportJson(report), 'application/json', exportFileName(report, 'json'))}>
        JSON
      </button>
      <button type="button" data-testid="export-copy" title="Copy the report as Markdown, to paste into notes" onClick={copy}>
        Copy
      </button>
      <span class="export-status" role="status">
        {copied}
      </span>
    </div>
  );
}
