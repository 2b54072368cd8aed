// Every internal link is built here, so a URL scheme change is one edit and links never drift apart.
export const homeUrl = () => '/';
export const roadmapUrl = (roadmap: string) => `/roadmaps/${roadmap}/`;
export const phaseUrl = (roadmap: string, phase: string) => `/roadmaps/${roadmap}/${phase}/`;
export const topicsUrl = () => '/topics/';
export const topicUrl = (topic: string) => `/topics/${topic}/`;
export const rolesUrl = () => '/roles/';
export const roleUrl = (role: string) => `/roles/${role}/`;
export const sourceUrl = (roadmap: string) => `/sources/${roadmap}/`;
export const compareUrl = () => '/compare/';
export const pairUrl = (a: string, b: string) => `/compare/${a}-vs-${b}/`;
export const printUrl = (roadmap: string) => `/roadmaps/${roadmap}/print/`;
/** Link-preview images, 1200×630 PNG, generated at build time. */
export const ogImageUrl = (...ids: string[]) => (ids.length === 0 ? '/og/site.png' : `/og/roadmaps/${ids.join('/')}.png`);
