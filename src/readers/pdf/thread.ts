// Entry of the pdf.js thread (pdfjs.ts startPdfThread): pdf.js's worker half, which parses the file, runs
// here on a core of its own, so that it parses one page while the reader lays out the one before.
// Its warnings go back on the same port as its replies, so they arrive before the page they concern.
import { workerData, type MessagePort } from 'node:worker_threads';
import { endPreload, setWarningSink } from './preload.js';
// @ts-expect-error the worker module ships without type declarations
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

endPreload();
const { port, warningTarget } = workerData as { port: MessagePort; warningTarget: string };
setWarningSink((message) => port.postMessage({ targetName: warningTarget, message }));
(WorkerMessageHandler as { initializeFromPort(port: unknown): void }).initializeFromPort(unthrottled(port));

/**
 * The port as pdf.js sees it, with no back-pressure on its streams: it pauses a page's operator list
 * and text content whenever the reader has not asked for more, and the reader, busy laying out the page
 * before, cannot ask. A page is at most one page ahead, so what is sent unasked stays small.
 */
function unthrottled(port: MessagePort) {
  return {
    postMessage: (data: unknown, transfer?: readonly unknown[]) => port.postMessage(data, transfer as never),
    addEventListener(type: 'message', listener: (event: MessageEvent) => void, options?: { signal?: AbortSignal }) {
      port.addEventListener(
        type,
        (event) => {
          const data = (event as MessageEvent).data as { desiredSize?: number } | null;
          if (typeof data?.desiredSize === 'number') data.desiredSize = Infinity;
          listener(event as MessageEvent);
        },
        options,
      );
    },
  };
}
