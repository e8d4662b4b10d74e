/** Hands `text` to the browser as a file download named `name` (a Blob behind an object URL). */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL by the next task; give slow browsers a moment more.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
