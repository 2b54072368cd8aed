/**
 * What a docs site's JavaScript or TypeScript configuration says, read without running it: the literals its default
 * export is written with (objects, arrays, strings, numbers), following the constants, the functions and the relative
 * imports they come from (`sidebar: { '/guide/': sidebarGuide() }`, `...en` from `./en.ts`). A function called with
 * arguments returns its `return` with its parameters bound to them (a sidebars file's helper `category('Intro', [...])`),
 * following its `if`s and `switch`es on what it is given (`typeof item == "string"`, `Array.isArray(item)`, `item.type`),
 * and an array's `map` calls one on each item; strings are joined with `+`. A call to a
 * function from a package (`defineConfig({…})`, `withMermaid(defineConfig({…}))`) stands for its first argument, as
 * configuration helpers return what they are given; anything else (`process.env.X`, a method) is undefined.
 */
import { type Node, Parser } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';
import { posix } from 'node:path';

const TypeScriptParser = Parser.extend(tsPlugin());

/** A function of the configuration, evaluated as what it returns given its arguments. */
class StaticFunction {
	readonly result: (args: readonly unknown[]) => unknown;
	constructor(result: (args: readonly unknown[]) => unknown) {
		this.result = result;
	}
}

/** Reads a module's text by its path, null when there is no such file. */
export type ReadModule = (path: string) => string | null;

// Nested imports and calls deeper than this are a cycle or a configuration this reader is not for.
const MAX_DEPTH = 64;
const MODULE_EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '.cjs', '.cts', '/index.ts', '/index.js', '/index.mts', '/index.mjs'];

type AnyNode = Node & Record<string, any>;

/** The value a module exports as its default (`export default`, `module.exports =`); undefined when none reads. */
export function defaultExport(path: string, read: ReadModule): unknown {
	return new Modules(read).load(path)?.get('default')?.();
}

/** The value a browser script sets a global to (`window.$docsify = {…}`, Docsify's settings); undefined when none reads. */
export function windowGlobal(script: string, name: string): unknown {
	return new Modules((path) => (path === 'script.js' ? script : null)).load('script.js')?.get(`window.${name}`)?.();
}

class Modules {
	private readonly loaded = new Map<string, Map<string, () => unknown> | null>();
	private depth = 0;
	private readonly read: ReadModule;
	constructor(read: ReadModule) {
		this.read = read;
	}

	/** A module's exports by name, each read when asked for; null when it cannot be found or parsed. */
	load(path: string): Map<string, () => unknown> | null {
		if (this.loaded.has(path)) return this.loaded.get(path)!;
		this.loaded.set(path, null);
		const text = this.read(path);
		let program: AnyNode | null = null;
		try {
			program = text === null ? null : (TypeScriptParser.parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as AnyNode);
		} catch {
			// A configuration the parser cannot read says nothing.
		}
		const exports = program && this.moduleExports(program, path);
		this.loaded.set(path, exports);
		return exports;
	}

	private resolveImport(from: string, source: string): Map<string, () => unknown> | null {
		if (!source.startsWith('.')) return null;
		const base = posix.join(posix.dirname(from), source);
		for (const extension of MODULE_EXTENSIONS) {
			// TypeScript imports name the compiled file (`./en.js` for `en.ts`).
			for (const candidate of [base + extension, base.replace(/\.[cm]?js$/, '') + extension]) {
				if (this.read(candidate) !== null) return this.load(candidate);
			}
		}
		return null;
	}

	/** Binds the names a declaration (`const`, `function`) makes in a scope, each read when asked for; returns them. */
	private bindDeclaration(declaration: AnyNode | null | undefined, scope: Map<string, () => unknown>): string[] {
		if (!declaration) return [];
		if (declaration.type === 'VariableDeclaration') {
			return declaration.declarations.flatMap((d: AnyNode) => (d.id.type === 'Identifier' ? [(setOnce(scope, d.id.name, () => this.guarded(() => this.evaluate(d.init, scope))), d.id.name)] : []));
		}
		if (declaration.type === 'FunctionDeclaration' && declaration.id) {
			scope.set(declaration.id.name, () => this.functionOf(declaration, scope));
			return [declaration.id.name];
		}
		return [];
	}

	private moduleExports(program: AnyNode, path: string): Map<string, () => unknown> {
		const scope = new Map<string, () => unknown>();
		const exports = new Map<string, () => unknown>();
		const bindOnce = (map: Map<string, () => unknown>, name: string, read: () => unknown) => setOnce(map, name, () => this.guarded(read));
		const evaluate = (node: AnyNode | null | undefined) => this.evaluate(node, scope);
		const declare = (declaration: AnyNode | null | undefined) => this.bindDeclaration(declaration, scope);
		for (const statement of program.body as AnyNode[]) {
			if (statement.type === 'ImportDeclaration') {
				for (const specifier of statement.specifiers as AnyNode[]) {
					const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportSpecifier' ? (specifier.imported.name ?? specifier.imported.value) : null;
					const local = specifier.local.name;
					bindOnce(scope, local, () => {
						const other = this.resolveImport(path, String(statement.source.value));
						if (!other) return undefined;
						if (imported === null) return Object.fromEntries([...other].map(([name, read]) => [name, read()]));
						return other.get(imported)?.();
					});
				}
			} else if (statement.type === 'ExportNamedDeclaration') {
				for (const name of declare(statement.declaration)) exports.set(name, () => scope.get(name)?.());
				for (const specifier of (statement.specifiers ?? []) as AnyNode[]) {
					const local = specifier.local.name ?? specifier.local.value;
					const exported = specifier.exported.name ?? specifier.exported.value;
					if (statement.source) bindOnce(exports, exported, () => this.resolveImport(path, String(statement.source.value))?.get(local)?.());
					else exports.set(exported, () => scope.get(local)?.());
				}
			} else if (statement.type === 'ExportDefaultDeclaration') {
				const declaration = statement.declaration;
				bindOnce(exports, 'default', () => (declaration.type.endsWith('Declaration') ? undefined : evaluate(declaration)));
			} else if (statement.type === 'ExpressionStatement' && isModuleExports(statement.expression)) {
				bindOnce(exports, 'default', () => evaluate(statement.expression.right));
			} else if (statement.type === 'ExpressionStatement' && isWindowGlobal(statement.expression)) {
				// A browser script's setting, exported under its name ("window.$docsify").
				bindOnce(exports, `window.${statement.expression.left.property.name}`, () => evaluate(statement.expression.right));
			} else {
				declare(statement);
			}
		}
		return exports;
	}

	private guarded(read: () => unknown): unknown {
		if (this.depth >= MAX_DEPTH) return undefined;
		this.depth++;
		try {
			return read();
		} finally {
			this.depth--;
		}
	}

	/**
	 * A function's value is what its body returns (the `return` its `if`s and `switch`es lead to, their conditions
	 * read from its arguments, or its arrow's expression), read with its parameters bound to the arguments (or their
	 * defaults) and its body's own declarations.
	 */
	private functionOf(node: AnyNode, scope: Map<string, () => unknown>): StaticFunction {
		const body = node.body as AnyNode;
		const statements = body.type === 'BlockStatement' ? (body.body as AnyNode[]) : [];
		return new StaticFunction((args) =>
			this.guarded(() => {
				const local = new Map(scope);
				(node.params as AnyNode[]).forEach((param, i) => {
					if (param.type === 'Identifier') local.set(param.name, () => args[i]);
					else if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') setOnce(local, param.left.name, () => args[i] ?? this.guarded(() => this.evaluate(param.right, local)));
					else if (param.type === 'RestElement' && param.argument.type === 'Identifier') local.set(param.argument.name, () => args.slice(i));
				});
				for (const statement of statements) this.bindDeclaration(statement, local);
				return body.type === 'BlockStatement' ? this.returned(statements, local)?.value : this.evaluate(body, local);
			}),
		);
	}

	/**
	 * What statements return, run in order: `{ value }` at a `return`, null when they end without one or at a
	 * condition that cannot be read (of values not known here), or at a `break` (`breaks`, in a `switch`).
	 */
	private returned(statements: readonly AnyNode[], scope: Map<string, () => unknown>, breaks = false): { value: unknown } | null {
		for (const statement of statements) {
			if (statement.type === 'ReturnStatement') return { value: this.evaluate(statement.argument, scope) };
			if (statement.type === 'BreakStatement' && breaks) return null;
			if (statement.type === 'BlockStatement') {
				const inner = this.returned(statement.body, scope, breaks);
				if (inner) return inner;
			} else if (statement.type === 'IfStatement') {
				const test = this.evaluate(statement.test, scope);
				if (typeof test !== 'boolean') return null;
				const branch = test ? statement.consequent : statement.alternate;
				const inner = branch ? this.returned([branch], scope, breaks) : null;
				if (inner) return inner;
			} else if (statement.type === 'SwitchStatement') {
				const value = this.evaluate(statement.discriminant, scope);
				const cases = statement.cases as AnyNode[];
				const at = cases.findIndex((c) => c.test !== null && this.evaluate(c.test, scope) === value);
				const from = at >= 0 ? at : cases.findIndex((c) => c.test === null);
				const inner = from >= 0 ? this.returned(cases.slice(from).flatMap((c) => c.consequent as AnyNode[]), scope, true) : null;
				if (inner) return inner;
			}
		}
		return null;
	}

	private argumentsOf(node: AnyNode, scope: Map<string, () => unknown>): unknown[] {
		return (node.arguments as AnyNode[]).flatMap((argument) => {
			if (argument.type !== 'SpreadElement') return [this.evaluate(argument, scope)];
			const spread = this.evaluate(argument.argument, scope);
			return Array.isArray(spread) ? spread : [];
		});
	}

	private evaluate(node: AnyNode | null | undefined, scope: Map<string, () => unknown>): unknown {
		if (!node) return undefined;
		const evaluate = (n: AnyNode | null | undefined) => this.evaluate(n, scope);
		switch (node.type) {
			case 'Literal':
				return node.regex ? undefined : node.value;
			case 'TemplateLiteral': {
				const parts = (node.expressions as AnyNode[]).map(evaluate);
				if (parts.some((part) => typeof part !== 'string' && typeof part !== 'number')) return undefined;
				return (node.quasis as AnyNode[]).map((quasi, i) => `${quasi.value.cooked}${i < parts.length ? String(parts[i]) : ''}`).join('');
			}
			case 'ArrayExpression':
				return (node.elements as Array<AnyNode | null>).flatMap((element) => {
					if (element?.type !== 'SpreadElement') return [evaluate(element)];
					const spread = evaluate(element.argument);
					return Array.isArray(spread) ? spread : [];
				});
			case 'ObjectExpression': {
				const object: Record<string, unknown> = {};
				for (const property of node.properties as AnyNode[]) {
					if (property.type === 'SpreadElement') {
						const spread = evaluate(property.argument);
						if (isPlainObject(spread)) for (const [key, value] of Object.entries(spread)) setOwn(object, key, value);
						continue;
					}
					if (property.kind !== 'init') continue;
					const key = property.computed ? evaluate(property.key) : (property.key.name ?? property.key.value);
					if (typeof key !== 'string' && typeof key !== 'number') continue;
					setOwn(object, String(key), property.method ? undefined : evaluate(property.value));
				}
				return object;
			}
			case 'Identifier':
				return scope.get(node.name)?.();
			case 'MemberExpression': {
				const object = evaluate(node.object);
				const key = node.computed ? evaluate(node.property) : node.property.name;
				if ((!isPlainObject(object) && !Array.isArray(object)) || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
				return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
			}
			case 'CallExpression': {
				const callee = node.callee as AnyNode;
				if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'map') {
					const [list, fn] = [evaluate(callee.object), evaluate(node.arguments[0])];
					return Array.isArray(list) && fn instanceof StaticFunction ? list.map((item, i) => fn.result([item, i])) : undefined;
				}
				if (callee.type === 'MemberExpression' && callee.object.name === 'Array' && callee.property.name === 'isArray') return Array.isArray(evaluate(node.arguments[0]));
				const value = evaluate(callee);
				if (value instanceof StaticFunction) return value.result(this.argumentsOf(node, scope));
				const first = node.arguments[0] as AnyNode | undefined;
				return first && first.type !== 'SpreadElement' ? evaluate(first) : undefined;
			}
			case 'UnaryExpression': {
				const value = evaluate(node.argument);
				if (node.operator === 'typeof') return value instanceof StaticFunction ? 'function' : value === null ? 'object' : typeof value;
				return node.operator === '!' && typeof value === 'boolean' ? !value : undefined;
			}
			case 'BinaryExpression': {
				const [left, right] = [evaluate(node.left), evaluate(node.right)];
				// Values compared as literals are: a sidebars helper's `typeof item == "string"`.
				if (['==', '===', '!=', '!=='].includes(node.operator)) return isComparable(left) && isComparable(right) ? (left === right) === node.operator.startsWith('=') : undefined;
				if (node.operator !== '+' || ![left, right].every((part) => typeof part === 'string' || typeof part === 'number')) return undefined;
				return typeof left === 'number' && typeof right === 'number' ? left + right : `${left}${right}`;
			}
			case 'ArrowFunctionExpression':
			case 'FunctionExpression':
				return this.functionOf(node, scope);
			case 'TSAsExpression':
			case 'TSSatisfiesExpression':
			case 'TSNonNullExpression':
			case 'TSTypeAssertion':
			case 'ParenthesizedExpression':
				return evaluate(node.expression);
			default:
				return undefined;
		}
	}
}

const isComparable = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Binds a name to a value read once, when first asked for; a binding that reads itself is undefined, not a loop. */
function setOnce(map: Map<string, () => unknown>, name: string, read: () => unknown) {
	let done = false;
	let value: unknown;
	map.set(name, () => {
		if (!done) {
			done = true;
			value = read();
		}
		return value;
	});
}

const isWindowGlobal = (node: AnyNode) =>
	node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression' && !node.left.computed && node.left.object.name === 'window' && node.left.property.type === 'Identifier';

const isModuleExports = (node: AnyNode) =>
	node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.name === 'module' && node.left.property.name === 'exports';

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof StaticFunction);

/** A value's string, trimmed; undefined when it is not a string. */
export const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/** The value at a path of keys into nested objects (`field(config, 'themeConfig', 'sidebar')`); undefined when absent. */
export const field = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((object, key) => (isPlainObject(object) && Object.hasOwn(object, key) ? object[key] : undefined), value);

/** Sets a key as an own property, `__proto__` too (which assignment would take as the object's prototype). */
const setOwn = (object: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
