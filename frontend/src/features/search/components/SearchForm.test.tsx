import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import vocabularies from '../../../../tests/fixtures/vocabularies.json';
import type { SearchFilters } from '../filters';
import { SearchForm } from './SearchForm';

function renderForm(filters: SearchFilters = {}, fieldErrors = {}) {
  const onChange = vi.fn();
  render(<SearchForm filters={filters} onChange={onChange} vocabularies={vocabularies} fieldErrors={fieldErrors} />);
  return onChange;
}

describe('SearchForm', () => {
  it('applies a chosen product group or product at once, and explains it in plain language', async () => {
    const onChange = renderForm({ productGroup: 'verblijf' });
    const care = screen.getByRole('combobox', { name: 'Welke zorg zoekt u?' });
    expect(care).toHaveAccessibleDescription(/woont een tijd ergens anders/);

    await userEvent.selectOptions(care, 'Gezinsbehandeling');
    expect(onChange).toHaveBeenLastCalledWith({ productGroup: undefined, productCode: '45A52' });

    await userEvent.selectOptions(care, 'Crisis: alle vormen');
    expect(onChange).toHaveBeenLastCalledWith({ productGroup: 'crisis', productCode: undefined });
  });

  it('applies the municipality when it is chosen', async () => {
    const onChange = renderForm();
    await userEvent.type(screen.getByRole('combobox', { name: 'Gemeente van het kind' }), 'zutph{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ municipality: '0301' });
  });

  it('applies age and name when the form is sent, and refuses an age out of range', async () => {
    const onChange = renderForm({ municipality: '0200' });
    const age = screen.getByRole('textbox', { name: 'Leeftijd van het kind (niet verplicht)' });

    await userEvent.type(age, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription('Vul een leeftijd in van 0 tot en met 23 jaar, in hele jaren.');

    await userEvent.clear(age);
    await userEvent.type(age, '12');
    await userEvent.type(screen.getByRole('searchbox'), 'Linde{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ age: 12, q: 'Linde' });
    expect(age).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the API’s message for an invalid parameter beside its field', () => {
    renderForm({ municipality: '9999' }, { municipality: { name: 'municipality', code: 'unknown', reason: 'Onbekende gemeente.' } });
    expect(screen.getByRole('combobox', { name: 'Gemeente van het kind' })).toHaveAccessibleDescription(
      expect.stringContaining('Onbekende gemeente.'),
    );
  });
});
