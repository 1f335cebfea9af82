// `panelpack schema [--section NAME]`: print the JSON Schema of the output (or of one record type).
import type { Command } from 'commander';
import { packSchema, sectionSchema, SCHEMA_SECTIONS } from '../schema.js';
import { toJson } from '../emit/json.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the pack document')
    .option('--section <name>', `schema of one record instead: ${SCHEMA_SECTIONS.join(', ')}`)
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack schema > pack.schema.json
  $ panelpack schema --section attendees
  $ panelpack schema | jq '.$defs.agenda_items.properties | keys'`,
    )
    .action((flags: { section?: string }) => {
      process.stdout.write(toJson(flags.section ? sectionSchema(flags.section) : packSchema()));
    });
}
