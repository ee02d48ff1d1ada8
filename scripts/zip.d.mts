/** Types of `zip.mjs`. */
export declare function zipFiles(files: Array<{ name: string; data: Buffer }>): Buffer;
