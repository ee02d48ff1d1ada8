/** Types of `server.mjs` for the TypeScript fixtures and scripts. */

export interface FakeGateway {
  port: number;
  /** `http://demo.apigw403.test/`: reachable only through `hostResolverRules`. */
  demoUrl: string;
  /** Value for Chromium's `--host-resolver-rules`, mapping every fake host to this server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

/** `log` gets one line per request when it arrives and one when it is answered or dropped. */
export declare function startFakeGateway(options?: {
  port?: number;
  log?: (line: string) => void;
}): Promise<FakeGateway>;

export declare function hostResolverRules(port: number): string;
