import { z } from 'zod';

const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  invalidParams: z
    .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
    .optional(),
});

export type InvalidParam = { name: string; code: string; reason: string };

/** An API error, parsed from an `application/problem+json` body (RFC 9457) where there is one. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[];

  constructor(problem: {
    status: number;
    title: string;
    type?: string | undefined;
    detail?: string | undefined;
    invalidParams?: InvalidParam[] | undefined;
  }) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.detail = problem.detail;
    this.invalidParams = problem.invalidParams ?? [];
  }

  /** Builds the error from a failed response and its already-read body (parsed JSON or text). */
  static fromResponse(response: Response, body: unknown): ProblemError {
    const isProblem = response.headers.get('content-type')?.startsWith('application/problem+json');
    const parsed = isProblem ? problemSchema.safeParse(body) : undefined;
    const problem = parsed?.success ? parsed.data : {};
    return new ProblemError({
      ...problem,
      status: problem.status ?? response.status,
      title: problem.title ?? (response.statusText || `HTTP ${response.status}`),
    });
  }

  /** The reason for each invalid parameter, by parameter name (the first one wins). */
  get fieldErrors(): Record<string, InvalidParam> {
    const errors: Record<string, InvalidParam> = {};
    for (const param of this.invalidParams) errors[param.name] ??= param;
    return errors;
  }
}
