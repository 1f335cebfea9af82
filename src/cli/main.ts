// Command-line entry: commander wiring only; each command lives in its own module.
import { Command, CommanderError } from 'commander';
import { EXIT, PanelpackError } from '../errors.js';
import { registerExtract } from './extract.js';
import { registerSchema } from './schema.js';
import { registerCheck } from './check.js';
import { registerInspect } from './inspect.js';
import { registerTables } from './tables.js';
import { registerView } from './view.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('panelpack')
    .description('Turn meeting packs (agendas, minutes, reports as PDF, Word, HTML or text) into JSON and CSV.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack extract pack.pdf > pack.json           # one pack, every record, as JSON
  $ panelpack extract packs/ -o out/                 # JSON per pack + one CSV per record type
  $ panelpack extract pack.pdf --format csv --section attendees
  $ panelpack schema --section attendees             # JSON Schema of one record type
  $ panelpack view pack.pdf -o report.html           # the pages with what was read marked on them
Run 'panelpack <command> --help' for the examples of each command.`,
    );
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = Math.max(code, c);
  };
  registerExtract(program, setCode);
  registerSchema(program);
  registerCheck(program, setCode);
  registerInspect(program, setCode);
  registerTables(program, setCode);
  registerView(program, setCode);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof PanelpackError) {
      process.stderr.write(`panelpack: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
  return code;
}
