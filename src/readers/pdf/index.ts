// PDF reader: placeholder until the layout reader lands.
import type { DocModel } from '../../model.js';
import type { ReadOptions } from '../index.js';

export async function readPdf(_bytes: Uint8Array, _opts: ReadOptions): Promise<DocModel> {
  throw new Error('PDF reader not yet implemented');
}
