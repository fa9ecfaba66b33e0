/**
 * What a CLI subcommand is. Add a command by writing `commands/<name>.ts` exporting a
 * `CliCommand` and listing it in `commands/index.ts`; the dispatcher does the rest.
 */

/** Where a command writes and reads; tests pass an in-memory one. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
}

export interface CliCommand {
  name: string;
  /** One line for the usage text, Vietnamese. */
  summary: string;
  /** Synopsis lines, e.g. "solve <tệp.json> [--json]". */
  usage: string[];
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
/** The input could not be read or is invalid, or the output could not be written. */
export const EXIT_INPUT = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

/** A failure the user can fix, with a message for them; no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
  }
}
