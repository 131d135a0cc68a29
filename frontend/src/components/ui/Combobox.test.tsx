import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox } from './Combobox';

const OPTIONS = [
  { value: '0200', label: 'Apeldoorn' },
  { value: '0202', label: 'Arnhem' },
  { value: '0213', label: 'Brummen' },
];

function Harness({ onChange = () => {} }: { onChange?: (value: string | undefined) => void }) {
  const [value, setValue] = useState<string>();
  return (
    <>
      <label id="l" htmlFor="c">
        Gemeente
      </label>
      <Combobox
        id="c"
        labelId="l"
        options={OPTIONS}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
        noMatchesText="Geen gemeente gevonden"
      />
      <button type="button">Verder</button>
    </>
  );
}

describe('Combobox', () => {
  it('filters while typing and chooses with the arrow keys and Enter', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Gemeente' });

    await userEvent.type(input, 'ar');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Arnhem']);
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option').id);
    await userEvent.keyboard('{Enter}');

    expect(onChange).toHaveBeenCalledWith('0202');
    expect(input).toHaveValue('Arnhem');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('accepts an exactly typed name when leaving the field, ignoring case and accents', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('combobox'), 'brümmen');
    await userEvent.tab();
    expect(onChange).toHaveBeenCalledWith('0213');
    expect(screen.getByRole('combobox')).toHaveValue('Brummen');
  });

  it('says so when nothing matches, and restores the field on leaving', async () => {
    render(<Harness />);
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'Utrecht');
    expect(screen.getByRole('status')).toHaveTextContent('Geen gemeente gevonden');
    await userEvent.tab();
    expect(input).toHaveValue('');
  });

  it('closes with Escape, and clears the choice with a second Escape', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'Ape{ArrowDown}{Enter}');
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Escape}');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(input).toHaveValue('');
  });
});
