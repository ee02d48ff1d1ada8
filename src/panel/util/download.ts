/** Saves text as a file through an `<a download>` of a blob URL: no downloads permission needed. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * `apigw403-<host>-<yyyy-mm-dd-hhmm>.har` for a capture of one host, `apigw403-<n>-hosts-…` for several (naming
 * one of them would mislead), in local time like the Network panel's own export.
 */
export function harFileName(hosts: string[], at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const distinct = [...new Set(hosts)];
  const [only] = distinct;
  const name =
    distinct.length > 1 ? `${distinct.length}-hosts` : only?.replace(/[^A-Za-z0-9.-]/g, '_') || 'capture';
  return `apigw403-${name}-${stamp}.har`;
}
