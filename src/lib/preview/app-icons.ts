// The web app manifest's icons, rasterised at build time from the favicon, the one drawing of the site's mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { RESVG_FONTS } from './resvg-options.ts';

/** The favicon's blue, for the manifest and the browser's toolbar; pages are white. */
export const APP_COLORS = { theme: '#1d4ed8', background: '#ffffff' } as const;

export const APP_ICONS = [
	{ name: 'icon-192', size: 192, purpose: 'any' },
	{ name: 'icon-512', size: 512, purpose: 'any' },
	{ name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

/**
 * The icon as SVG. A maskable icon is cropped to a circle or squircle by the platform, so the mark sits in the
 * middle 60 % (inside the 80 % safe zone) on a full-bleed background of its own colour.
 */
export function appIconSvg(favicon: string, purpose: AppIcon['purpose']): string {
	if (purpose === 'any') return favicon;
	const mark = favicon.replace(/^\s*<svg\b/, '<svg x="20" y="20" width="60" height="60"');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${APP_COLORS.theme}"/>${mark}</svg>`;
}

// Read from the project root: Astro runs a bundled copy of this module from its build folder.
export const faviconSvg = () => readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');

export function appIconPng(icon: AppIcon, favicon: string): Buffer {
	return new Resvg(appIconSvg(favicon, icon.purpose), { fitTo: { mode: 'width', value: icon.size }, font: RESVG_FONTS }).render().asPng();
}
