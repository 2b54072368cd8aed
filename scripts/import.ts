// Imports a Markdown learning plan as a roadmap folder, then checks it and lists what is left to fill in.
// `npm run import -- <file.md> [--id <roadmap-id>] [--out <content dir>] [--force]`
import { runImport } from '../src/lib/importer/run.ts';

process.exit(runImport(process.argv.slice(2)));
