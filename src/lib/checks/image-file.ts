import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { imageSize } from 'image-size';

// Enough of an image for its type and size (a JPEG's can follow 64 kB of EXIF data); an SVG is read whole.
const IMAGE_HEAD_BYTES = 256 * 1024;

/** The start of an image file, which is where its type and size are written. */
function imageHead(path: string): Uint8Array {
	if (/\.svg$/i.test(path)) return readFileSync(path);
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(IMAGE_HEAD_BYTES);
		return head.subarray(0, readSync(fd, head, 0, IMAGE_HEAD_BYTES, 0));
	} finally {
		closeSync(fd);
	}
}

/**
 * Whether Astro can read a local image: it probes each image's type and size the same way (a vendored image-size)
 * and fails the whole build on one it cannot, such as a web page saved under a `.png` name.
 */
export function isReadableImage(path: string): boolean {
	try {
		return isReadableImageData(imageHead(path));
	} catch {
		return false;
	}
}

/** Whether Astro can read an image from its bytes (or their start): a notebook's output kept in memory, say. */
export function isReadableImageData(bytes: Uint8Array): boolean {
	try {
		const { width, height, type } = imageSize(bytes);
		return width !== undefined && height !== undefined && type !== undefined;
	} catch {
		return false;
	}
}

/** What keeps Astro from showing the image at `path`, or null when nothing does. */
export function imageFileProblem(path: string): { message: string; fix: string } | null {
	if (!existsSync(path)) return { message: 'the image file does not exist', fix: 'put the image there, or correct the path (it is relative to this file)' };
	if (!isReadableImage(path)) return { message: 'the file is not an image Astro can read (its contents are no PNG, JPEG, GIF, WebP, AVIF or SVG)', fix: 'replace it with the image itself (a web page saved under an image name is a common cause)' };
	return null;
}
