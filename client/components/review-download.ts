/**
 * Hands the browser a file to save, as a clicked download link would: an export of the review,
 * or the glossary as TSV.
 *
 * @example saveBlob('glossary.tsv', new Blob([tsv], { type: 'text/tab-separated-values' }));
 */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
