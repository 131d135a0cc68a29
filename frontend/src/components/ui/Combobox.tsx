import { Combobox as ComboboxRoot, Textbox } from '@utrecht/component-library-react';
import clsx from 'clsx';
import { useId, useState, type KeyboardEvent } from 'react';

export type ComboboxOption = { value: string; label: string };

type ComboboxProps = {
  id: string;
  labelId: string;
  options: ComboboxOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  noMatchesText: string;
  describedBy?: string | undefined;
  invalid?: boolean;
};

const normalize = (text: string) =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl').trim();

/**
 * An editable combobox with a filtered list of options (WAI-ARIA APG "list autocomplete").
 * Type to filter, arrow keys to move, Enter to choose, Escape to close and then to clear.
 */
export function Combobox({ id, labelId, options, value, onChange, noMatchesText, describedBy, invalid }: ComboboxProps) {
  const listId = useId();
  const selected = options.find((option) => option.value === value);
  const [text, setText] = useState(selected?.label ?? '');
  const [shownValue, setShownValue] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // The value can change from outside (browser history, a shared link): show its label.
  if (value !== shownValue) {
    setShownValue(value);
    setText(selected?.label ?? '');
  }

  const query = text === selected?.label ? '' : normalize(text);
  const matches = options.filter((option) => normalize(option.label).includes(query));
  const optionId = (index: number) => `${listId}-${index}`;

  function choose(option: ComboboxOption | undefined) {
    setOpen(false);
    setActive(-1);
    setText(option?.label ?? '');
    if (option?.value !== value) onChange(option?.value);
  }

  /** On leaving the field: keep an exactly typed option, clear an emptied field, otherwise restore. */
  function commitTypedText() {
    const typed = normalize(text);
    if (!typed) return choose(undefined);
    const exact = options.find((option) => normalize(option.label) === typed);
    choose(exact ?? selected);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open ? Math.min(index + 1, matches.length - 1) : 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (open && matches[active]) {
          event.preventDefault();
          choose(matches[active]);
        }
        break;
      case 'Escape':
        if (open) setOpen(false);
        else choose(undefined);
        break;
    }
  }

  const expanded = open && matches.length > 0;
  return (
    <ComboboxRoot>
      <Textbox
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        invalid={invalid}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={commitTypedText}
      />
      <div className="zr-combobox__popover" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-labelledby={labelId} className="utrecht-listbox utrecht-listbox__list">
          {matches.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={option.value === value}
              className={clsx('utrecht-listbox__option', 'utrecht-listbox__option--html-li', {
                'utrecht-listbox__option--active': index === active,
                'utrecht-listbox__option--selected': option.value === value,
              })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="zr-visually-hidden">
        {open && text && matches.length === 0 ? noMatchesText : ''}
      </p>
    </ComboboxRoot>
  );
}
