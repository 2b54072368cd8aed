import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerChildPriority } from '../../src/lib/build/background-priority.ts';

describe.runIf(existsSync('/proc/self/stat'))('work started beside Astro', () => {
	it('runs at the lowest priority, every thread of it, and only the children named', async () => {
		const child = spawn('sleep', ['30']);
		const other = spawn('cat', [], { stdio: ['pipe', 'ignore', 'ignore'] });
		await Promise.all([once(child, 'spawn'), once(other, 'spawn')]);
		try {
			expect(lowerChildPriority('sleep')).toBeGreaterThanOrEqual(1);
			expect(getPriority(child.pid)).toBe(19);
			expect(getPriority(other.pid)).toBe(getPriority());
			expect(lowerChildPriority('no-such-command')).toBe(0);
		} finally {
			child.kill();
			other.kill();
		}
	});
});
