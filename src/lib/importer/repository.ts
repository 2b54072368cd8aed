/**
 * Where a plan's other files are on the web. A course links its code, data and exercises (`solution.py`,
 * `homework/`), which the site does not publish; when the plan's folder is a clone of a GitHub or GitLab repository,
 * its `.git/config` names the repository and `.git/HEAD` the branch, and such a link leads to the file there rather
 * than becoming text.
 */
/** The web addresses of a repository's files and folders at one branch or commit, each ending in "/". */
export interface RepositoryAddresses {
	/** The repository, as its host names it ("github.com/owner/name"), for notes. */
	name: string;
	file: string;
	folder: string;
}

/**
 * The URL of a git configuration's `origin` remote (the clone's source): `[remote "origin"]` and its `url = …`. Git's
 * configuration is INI; its section names are quoted, which no YAML reads, so the lines are read here.
 */
export function originUrl(configText: string): string | null {
	let inOrigin = false;
	for (const line of configText.split(/\r?\n/)) {
		const section = /^\s*\[([^\]]+)\]/.exec(line);
		if (section) inOrigin = /^remote\s+"origin"$/.test(section[1]!.trim());
		const url = inOrigin ? /^\s*url\s*=\s*(\S+)\s*$/.exec(line) : null;
		if (url) return url[1]!;
	}
	return null;
}

/** The branch `.git/HEAD` is on ("ref: refs/heads/main" → "main"), or the commit it holds when detached. */
export function headRef(headText: string): string | null {
	const text = headText.trim();
	const branch = /^ref:\s*refs\/heads\/(.+)$/.exec(text);
	if (branch) return branch[1]!;
	return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(text) ? text : null;
}

// "https://github.com/o/r.git", "git@github.com:o/r.git", "ssh://git@gitlab.com/group/sub/r": the host and the path.
const REMOTE = /^(?:(?:https?|ssh|git):\/\/(?:[^@/]+@)?|[^@/]+@)(?<host>github\.com|gitlab\.com)(?::\d+)?[:/](?<path>[^?#]+?)(?:\.git)?\/?$/i;

/**
 * The addresses of the files of `prefix` (the plan's folder in the repository, "" at its root) in the repository
 * `remote` names, at `ref`; null for a host whose addresses are not known here.
 */
export function repositoryAddresses(remote: string, ref: string, prefix: string): RepositoryAddresses | null {
	const match = REMOTE.exec(remote.trim());
	if (!match) return null;
	const host = match.groups!['host']!.toLowerCase();
	const path = match.groups!['path']!.split('/').filter(Boolean);
	if (path.length < 2) return null;
	const repository = `https://${host}/${path.join('/')}`;
	// GitLab puts "-" between a project and its files, as its subgroups make the project's path any length.
	const files = host === 'gitlab.com' ? `${repository}/-` : repository;
	const at = `${ref.split('/').map(encodeURIComponent).join('/')}/${prefix ? `${prefix.split('/').map(encodeURIComponent).join('/')}/` : ''}`;
	return { name: `${host}/${path.join('/')}`, file: `${files}/blob/${at}`, folder: `${files}/tree/${at}` };
}
