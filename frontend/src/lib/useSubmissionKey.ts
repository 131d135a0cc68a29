import { useRef } from 'react';

import { newIdempotencyKey } from './api';

/**
 * One Idempotency-Key per intended write: sending the same body again (a retry after an error or a
 * lost answer) reuses the key, so the service carries it out once; a changed body is a new write
 * and gets a new key. `done()` after success: the next submission is a new write.
 */
export function useSubmissionKey() {
  const current = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const sent = JSON.stringify(body);
      if (current.current?.body !== sent) current.current = { body: sent, key: newIdempotencyKey() };
      return current.current.key;
    },
    done() {
      current.current = null;
    },
  };
}
