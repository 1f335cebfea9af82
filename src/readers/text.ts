// Text reader: placeholder until it lands.
import type { DocModel } from '../model.js';
import type { ReadOptions } from './index.js';

export function readText(_text: string, _opts: ReadOptions): DocModel {
  throw new Error('text reader not yet implemented');
}
