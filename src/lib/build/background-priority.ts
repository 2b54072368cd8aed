// Work started early beside Astro (Pagefind reading the published pages, see src/lib/search/published-pages.ts) should
// take the core Astro leaves idle, not half of the one Astro's start runs on: every later step waits on that start.
// Linux sets a priority per thread, so every thread of the child process is lowered; elsewhere this does nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/** The IDs of this process's child processes whose command name starts with `command` (Linux: from /proc). */
function childProcesses(command: string): number[] {
	if (!existsSync('/proc/self/stat')) return [];
	return readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.filter((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				// "pid (comm) state ppid …": the command name may hold spaces and parentheses.
				const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				return ppid === process.pid && comm.startsWith(command);
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Gives this process's children named `command` the lowest CPU priority, all their threads (best effort). */
export function lowerChildPriority(command: string): number {
	let threads = 0;
	for (const pid of childProcesses(command)) {
		const tasks = existsSync(`/proc/${pid}/task`) ? readdirSync(`/proc/${pid}/task`).map(Number) : [pid];
		for (const tid of tasks) {
			try {
				setPriority(tid, constants.priority.PRIORITY_LOW);
				threads++;
			} catch {
				// A thread that has ended, or a system that refuses: the work only runs as before.
			}
		}
	}
	return threads;
}
