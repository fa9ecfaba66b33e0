/** Every CLI subcommand, in the order the usage text lists them. */
import type { CliCommand } from '../types';
import { solveCommand } from './solve';

export const COMMANDS: readonly CliCommand[] = [solveCommand];
