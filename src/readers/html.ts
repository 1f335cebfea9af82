// HTML reader: placeholder until it lands.
import type { DocModel } from '../model.js';
import type { ReadOptions } from './index.js';

export function readHtml(_html: string, _opts: ReadOptions): DocModel {
  throw new Error('HTML reader not yet implemented');
}
