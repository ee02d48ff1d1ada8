/** A one-line percentage on an interactive stderr while a big file is read (twice). */
import type { CliStream } from './io.ts';

export class Progress {
  readonly #stream: CliStream;
  readonly #total: number;
  readonly #label: string;
  #done = 0;
  #shown = -1;
  #stopped = false;

  constructor(stream: CliStream, totalBytes: number, label: string) {
    this.#stream = stream;
    this.#total = Math.max(1, totalBytes);
    this.#label = label;
  }

  /** Passes the chunks through, advancing the percentage by their size. */
  async *counting(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      this.#done += chunk.byteLength;
      if (this.#stopped) {
        yield chunk;
        continue;
      }
      const percent = Math.min(99, Math.floor((this.#done / this.#total) * 100));
      if (percent !== this.#shown) {
        this.#shown = percent;
        this.#stream.write(`\r${this.#label} ${percent}%`);
      }
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
