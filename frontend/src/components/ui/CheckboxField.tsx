import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

type CheckboxFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
};

/** A checkbox with its label beside it, as the NL Design System lays it out. */
export function CheckboxField({ id, label, description, checked, onChange, name }: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <FormField
      type="checkbox"
      label={
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      }
      description={description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      input={
        <Checkbox
          id={id}
          name={name}
          checked={checked}
          aria-describedby={descriptionId}
          onChange={(event) => onChange(event.target.checked)}
        />
      }
    />
  );
}
