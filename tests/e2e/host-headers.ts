// Reads a Netlify/Cloudflare Pages `_headers` file (public/_headers) as those hosts do, so that tests can serve a
// build with exactly the headers it is deployed with.

export interface HeaderRule {
	/** URL path pattern: `*` matches anything (slashes included), `:name` one path segment. */
	path: string;
	headers: Array<[name: string, value: string]>;
}

/** Rules in file order: a line starting with `/` opens a rule, indented `Name: value` lines add to it, `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (/^\s*(#|$)/.test(line)) continue;
		if (line.startsWith('/')) rules.push({ path: line.trim(), headers: [] });
		else {
			const header = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line);
			const rule = rules.at(-1);
			if (!header || !rule) throw new Error(`_headers:${index + 1}: expected a path or an indented "Name: value" line, got: ${line}`);
			rule.headers.push([header[1]!, header[2]!]);
		}
	}
	return rules;
}

const patternOf = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);

/** The headers a path gets: those of every rule that matches it, values of a header set twice joined with ", ". */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((r) => patternOf(r.path).test(path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
		}
	}
	return headers;
}
