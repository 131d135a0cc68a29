import { z } from 'zod';

declare global {
  interface Window {
    /** Set by public/config.js, which each deployment replaces. */
    __ZORGREGIO_CONFIG__?: unknown;
  }
}

/** An absolute http(s) URL, or a path on this origin behind a reverse proxy; no trailing slash. */
const serviceUrl = z
  .string()
  .refine((value) => value.startsWith('/') || URL.canParse(value), 'must be an absolute URL or a path starting with /')
  .refine((value) => value.startsWith('/') || /^https?:/.test(value), 'must use http or https')
  .transform((value) => value.replace(/\/+$/, ''));

const configSchema = z.object({
  api: z.object({
    admission: serviceUrl,
    contracting: serviceUrl,
    availability: serviceUrl,
    monitoring: serviceUrl,
  }),
  oidc: z.object({
    authority: z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, '')),
    clientId: z.string().min(1),
    scope: z.string().min(1).default('openid'),
  }),
});

export type Config = z.infer<typeof configSchema>;
export type ServiceName = keyof Config['api'];

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid runtime configuration: ${issues.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the runtime configuration; throws a ConfigError that names every bad field. */
export function readConfig(source: unknown = window.__ZORGREGIO_CONFIG__): Config {
  const result = configSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}
