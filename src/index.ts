// The library entry: `import { extract, extractTables, check } from 'panelpack'`.
export { extract, extractTables, check, parsePageList } from './api.js';
export type { PackInput, ApiOptions, TablesOptions } from './api.js';
export { packSchema, sectionSchema, SCHEMA_SECTIONS } from './schema.js';
export type { JsonSchema } from './schema.js';
export { toCsv, safeCell, CSV_COLUMNS, CSV_NAMES } from './emit/csv.js';
export type { CsvOptions } from './emit/csv.js';
export { toJson, toNdjsonLine } from './emit/json.js';
export { dataPackage } from './emit/datapackage.js';
export { RECORD_NAMES } from './records.js';
export type * from './records.js';
export type * from './model.js';
export { PanelpackError, InputError, UsageError, EXIT } from './errors.js';
export type { InputReason } from './errors.js';
