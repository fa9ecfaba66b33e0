/** The dispatcher: `<command> [args]` → the command, anything else → usage text. */
import { z } from 'zod';
import { COMMANDS } from './commands';
import { CliError, EXIT_OK, EXIT_USAGE, type CliIo } from './types';

export function usageText(): string {
  const lines = ['Cách dùng: npm run cli -- <lệnh> [tham số]', '', 'Các lệnh:'];
  for (const c of COMMANDS) {
    lines.push(`  ${c.name.padEnd(14)}${c.summary}`);
    for (const u of c.usage) lines.push(`      ${u}`);
  }
  lines.push('', 'Xem thêm: README.md, mục "Dòng lệnh (CLI)".');
  return lines.join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // zod's own messages (for what the schemas do not word themselves) in Vietnamese.
  z.config(z.locales.vi());
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(usageText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Lệnh không hợp lệ: "${name}".\n\n${usageText()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    throw e;
  }
}
