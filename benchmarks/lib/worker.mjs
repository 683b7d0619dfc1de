// Worker of the pool benchmark: one detector per worker, analyzes the chunks it is sent.
import { parentPort, workerData } from 'node:worker_threads';

const { createDetector } = await import(workerData.url);
const d = createDetector();
parentPort.on('message', (msg) => {
  const texts = msg.texts;
  let s = 0;
  for (let k = 0; k < texts.length; k++) s += d.analyze(texts[k]).matches.length;
  parentPort.postMessage({ id: msg.id, s });
});
parentPort.postMessage({ ready: true });
