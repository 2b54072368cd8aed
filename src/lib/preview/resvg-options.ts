// satori draws text as paths and the app icons have none, so resvg needs no fonts: by default it scans the system's
// on every render, which took most of a preview card's time on a machine with CJK fonts installed (184 ms against 29).
export const RESVG_FONTS = { loadSystemFonts: false } as const;
