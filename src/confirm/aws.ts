/**
 * The AWS clients `confirm` uses, and the one way it calls them. Credentials come only from the SDK's
 * standard chain (the profile, the environment, SSO, an instance role), never from the capture.
 * Every call is a read (Get/List/Describe/FilterLogEvents: see read-only.test.ts) and its failure is a
 * value, not an exception: a denied call names the IAM action that would allow it.
 */

/**
 * The SDK clients, imported when `confirm` runs and never before: the rest of the CLI (analyze,
 * annotate, redact) neither loads nor needs their 40 MB. Types only are imported statically.
 */
export async function loadSdk() {
  const [apigateway, apigatewayv2, logs, wafv2, ec2] = await Promise.all([
    import('@aws-sdk/client-api-gateway'),
    import('@aws-sdk/client-apigatewayv2'),
    import('@aws-sdk/client-cloudwatch-logs'),
    import('@aws-sdk/client-wafv2'),
    import('@aws-sdk/client-ec2'),
  ]);
  return { apigateway, apigatewayv2, logs, wafv2, ec2 };
}

export type Sdk = Awaited<ReturnType<typeof loadSdk>>;

export interface AwsOptions {
  profile?: string;
  /** `--region`: used where the URL does not name one (custom domains). */
  region?: string;
  /** Hidden `--endpoint-url`: one endpoint for every service (tests, LocalStack). */
  endpoint?: string;
}

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'denied' | 'not-found' | 'failed'; action: string; detail: string };

const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'WAFAccessDeniedException',
]);
const NOT_FOUND = new Set([
  'NotFoundException',
  'ResourceNotFoundException',
  'WAFNonexistentItemException',
  'InvalidVpcEndpointId.NotFound',
  'InvalidVpcID.NotFound',
]);

/** The SDK could not find credentials anywhere in the chain, or has no region: one line, exit 2. */
export class AwsSetupError extends Error {
  constructor(
    readonly kind: 'no-credentials' | 'no-region',
    detail: string,
  ) {
    super(detail);
  }
}

type Clients = {
  apigateway: InstanceType<Sdk['apigateway']['APIGatewayClient']>;
  apigatewayv2: InstanceType<Sdk['apigatewayv2']['ApiGatewayV2Client']>;
  logs: InstanceType<Sdk['logs']['CloudWatchLogsClient']>;
  wafv2: InstanceType<Sdk['wafv2']['WAFV2Client']>;
  ec2: InstanceType<Sdk['ec2']['EC2Client']>;
};

export class AwsSession {
  readonly #clients = new Map<string, unknown>();

  readonly #factories: { [K in keyof Clients]: new (config: object) => Clients[K] };

  constructor(
    readonly sdk: Sdk,
    readonly options: AwsOptions,
  ) {
    this.#factories = {
      apigateway: sdk.apigateway.APIGatewayClient,
      apigatewayv2: sdk.apigatewayv2.ApiGatewayV2Client,
      logs: sdk.logs.CloudWatchLogsClient,
      wafv2: sdk.wafv2.WAFV2Client,
      ec2: sdk.ec2.EC2Client,
    };
    // The SDK warns on stderr that its releases after January 2027 will need Node 22: news for us, not
    // for the user reading this report (a no-credentials refusal must stay one line).
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  }

  client<K extends keyof Clients>(service: K, region: string): Clients[K] {
    const key = `${service}@${region}`;
    let client = this.#clients.get(key) as Clients[K] | undefined;
    if (!client) {
      client = new this.#factories[service]({
        region,
        ...(this.options.profile ? { profile: this.options.profile } : {}),
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
      });
      this.#clients.set(key, client);
    }
    return client;
  }

  /** Resolves credentials once, before any call: no credentials is a setup problem, not a finding. */
  async checkCredentials(region: string): Promise<void> {
    try {
      await this.client('apigateway', region).config.credentials();
    } catch (error) {
      throw new AwsSetupError('no-credentials', error instanceof Error ? error.message : String(error));
    }
  }

  /** The region the profile or environment sets, for custom domains when `--region` is not given. */
  async defaultRegion(): Promise<string | undefined> {
    if (this.options.region) return this.options.region;
    try {
      const client = new this.sdk.apigateway.APIGatewayClient(
        this.options.profile ? { profile: this.options.profile } : {},
      );
      const region = await client.config.region();
      client.destroy();
      return region || undefined;
    } catch {
      return undefined;
    }
  }

  destroy(): void {
    for (const client of this.#clients.values()) (client as { destroy(): void }).destroy();
  }
}

/** Runs one read; `action` is the IAM action it needs (named when AWS denies it). */
export async function attempt<T>(action: string, call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    const name = (error as { name?: string; Code?: string }).name ?? '';
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'CredentialsProviderError') throw new AwsSetupError('no-credentials', detail);
    if (/region is missing/i.test(detail)) throw new AwsSetupError('no-region', detail);
    if (
      DENIED.has(name) ||
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 403
    )
      return { ok: false, reason: 'denied', action, detail };
    if (NOT_FOUND.has(name)) return { ok: false, reason: 'not-found', action, detail };
    return { ok: false, reason: 'failed', action, detail: `${name}: ${detail}` };
  }
}
