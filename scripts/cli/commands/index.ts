/** Every CLI subcommand, in the order the usage text lists them. */
import type { CliCommand } from '../types';
import { consolidateCommand } from './consolidate';
import { importCheckCommand } from './import-check';
import { reportCommand } from './report';
import { solveCommand } from './solve';

export const COMMANDS: readonly CliCommand[] = [solveCommand, importCheckCommand, reportCommand, consolidateCommand];
