/**
 * Hands a file made on this page to the browser's own download: nothing leaves the device. The
 * object URL is released a moment later; released at once, some browsers drop the download.
 */
export function downloadFile(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
