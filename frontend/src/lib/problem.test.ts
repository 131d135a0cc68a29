import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';

const response = (status: number, contentType: string, statusText = '') =>
  new Response(null, { status, statusText, headers: { 'Content-Type': contentType } });

describe('ProblemError.fromResponse', () => {
  it('reads an application/problem+json body with its invalid parameters', () => {
    const error = ProblemError.fromResponse(response(400, 'application/problem+json'), {
      type: 'https://zorgregio.nl/problems/validation',
      title: 'Ongeldige zoekopdracht',
      status: 400,
      detail: 'Eén of meer parameters kloppen niet.',
      invalidParams: [
        { name: 'age', code: 'max', reason: 'Leeftijd is hoogstens 23.' },
        { name: 'age', code: 'integer', reason: 'Leeftijd is een heel getal.' },
      ],
    });
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(400);
    expect(error.title).toBe('Ongeldige zoekopdracht');
    expect(error.invalidParams).toHaveLength(2);
    expect(error.fieldErrors.age?.reason).toBe('Leeftijd is hoogstens 23.');
  });

  it('falls back to the HTTP status for other error bodies', () => {
    const error = ProblemError.fromResponse(response(502, 'text/html', 'Bad Gateway'), '<html>');
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', type: 'about:blank', invalidParams: [] });
  });

  it('ignores a problem body that does not fit the schema', () => {
    const error = ProblemError.fromResponse(response(500, 'application/problem+json'), { title: 42 });
    expect(error).toMatchObject({ status: 500, title: 'HTTP 500' });
  });
});
