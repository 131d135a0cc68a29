import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type FieldControlProps = {
  id: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Renders the control, wired to the label, description and error message. */
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled form field with an optional description and error message, for any control. */
export function Field({ id, label, description, error, children }: FieldProps) {
  const labelId = `${id}-label`;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} id={labelId}>
          {label}
        </FormLabel>
      }
      description={description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={children({ id, labelId, describedBy, invalid: Boolean(error) })}
    />
  );
}
