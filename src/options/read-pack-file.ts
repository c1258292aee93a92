import { PACK_LIMITS, PackError, parsePackJson, type CorpusPack } from '../core/index.js';

/** What the options page needs of a chosen file: the browser's File, or a fake in tests. */
export interface PackFile {
  readonly size: number;
  text(): Promise<string>;
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A pack file read and validated. Its size is checked before a byte of it is read (File.size
 * is known without reading), so an oversized file never reaches memory.
 */
export async function readPackFile(file: PackFile): Promise<{ pack: CorpusPack; json: string }> {
  if (file.size > PACK_LIMITS.fileBytes)
    throw new PackError(`the file is ${sizeLabel(file.size)}; packs up to ${sizeLabel(PACK_LIMITS.fileBytes)} can be imported`);
  const json = await file.text();
  return { pack: parsePackJson(json), json };
}
