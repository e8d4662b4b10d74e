/** Hands a file to the browser as a download (no network: the file is made on the device). */
import type { DownloadFile } from '$lib/state/progress.svelte';

export function download(file: DownloadFile): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download; the browser holds the data it needs.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
