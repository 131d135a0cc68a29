import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';

/**
 * A list whose rows are removed after a confirmation step: which row is being confirmed, the last
 * success message, and where the focus goes — back to the row's button on cancel, to the editor's
 * toggle after a removal (the row and its button are gone).
 */
export function useConfirmedRemoval<Row extends { id: string }>(
  removal: UseMutationResult<unknown, Error, string>,
  buttonId: (row: Row) => string,
  doneText: (row: Row) => string,
) {
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [done, setDone] = useState<string>();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const ask = (row: Row) => {
    removal.reset();
    setDone(undefined);
    setConfirming(row);
  };
  const cancel = () => {
    const row = confirming;
    setConfirming(null);
    if (row) document.getElementById(buttonId(row))?.focus();
  };
  const confirm = (row: Row) =>
    removal.mutate(row.id, {
      onSuccess: () => {
        setConfirming(null);
        setDone(doneText(row));
        toggleRef.current?.focus();
      },
    });
  return { confirming, done, setDone, toggleRef, ask, cancel, confirm };
}
