/** A one-line percentage on an interactive stderr while a big file is read. */
import type { CliStream } from './io.ts';

export class Progress {
  readonly #stream: CliStream;
  readonly #label: string;
  #done = 0;
  #shown = -1;
  #stopped = false;

  constructor(stream: CliStream, label: string) {
    this.#stream = stream;
    this.#label = label;
  }

  /** Shows how far the work is, `fraction` from 0 to 1 (100% waits for `stop`: the report says it is done). */
  show(fraction: number): void {
    if (this.#stopped) return;
    const percent = Math.max(0, Math.min(99, Math.floor(fraction * 100)));
    if (percent === this.#shown) return;
    this.#shown = percent;
    this.#stream.write(`\r${this.#label} ${percent}%`);
  }

  /** Passes the chunks through, advancing the percentage by their size out of `totalBytes` (all passes). */
  async *counting(chunks: AsyncIterable<Uint8Array>, totalBytes: number): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      this.#done += chunk.byteLength;
      this.show(this.#done / Math.max(1, totalBytes));
      yield chunk;
    }
  }

  /** Erases the line and shows no more: the report itself now shows how far we are. */
  stop(): void {
    this.clear();
    this.#stopped = true;
  }

  /** Erases the line, so what follows starts clean. */
  clear(): void {
    if (this.#shown < 0) return;
    this.#shown = -1;
    this.#stream.write('\r\u001b[K');
  }
}
