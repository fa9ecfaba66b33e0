import { readFile } from 'node:fs/promises';
import type { CliIo } from './types';

export const nodeIo: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
  readFile: (path) => readFile(path, 'utf8'),
};
