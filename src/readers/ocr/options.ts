// What readers and commands are told about OCR. Loads nothing: the CLI and the text and HTML readers
// import it without bringing in pdf.js, the canvas library or tesseract.

export type OcrMode = 'auto' | 'always' | 'never';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];

export interface OcrHooks {
  /** auto (default): pages without usable text, and images; always: every page; never: none */
  ocr?: OcrMode;
  /** called as a page is about to be read by OCR (the time limit grows by an allowance per page) */
  onOcrPage?: (page: number) => void;
}
