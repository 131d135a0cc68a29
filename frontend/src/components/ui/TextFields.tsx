import { Textarea, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { Field } from './Field';

type TextFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Not required (the label says so where the form wants it said). */
  optional?: boolean;
};

/** A labelled date input (ISO yyyy-mm-dd), wired to its description and error message. */
export function DateField({ min, optional, value, onChange, ...field }: TextFieldProps & { min?: string }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Textbox
          id={id}
          type="date"
          required={!optional}
          min={min}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          invalid={invalid}
        />
      )}
    </Field>
  );
}

/** A labelled multi-line text for a reason or note, wired to its description and error message. */
export function ReasonField({ rows = 3, optional, value, onChange, ...field }: TextFieldProps & { rows?: number }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Textarea
          id={id}
          rows={rows}
          required={!optional}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          invalid={invalid}
        />
      )}
    </Field>
  );
}
