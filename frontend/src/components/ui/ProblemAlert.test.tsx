import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../../lib/problem';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('shows the title, detail and one message per invalid parameter, linked to its field', () => {
    const error = new ProblemError({
      status: 400,
      title: 'Ongeldige zoekopdracht',
      detail: 'Controleer de gemarkeerde velden.',
      invalidParams: [
        { name: 'age', code: 'max', reason: 'Leeftijd is hoogstens 23.' },
        { name: 'limit', code: 'max', reason: 'Hoogstens 100.' },
      ],
    });
    render(<ProblemAlert error={error} fieldIds={{ age: 'zoek-leeftijd' }} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Ongeldige zoekopdracht' })).toBeInTheDocument();
    expect(within(alert).getByText('Controleer de gemarkeerde velden.')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Leeftijd is hoogstens 23.' })).toHaveAttribute('href', '#zoek-leeftijd');
    expect(within(alert).getByText('limit: Hoogstens 100.')).toBeInTheDocument();
  });

  it('explains an unreachable service and offers to try again', async () => {
    const retry = vi.fn();
    render(<ProblemAlert error={new TypeError('Failed to fetch')} onRetry={retry} />);

    expect(screen.getByRole('heading', { name: 'De gegevens konden niet worden opgehaald' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
