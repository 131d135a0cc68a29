import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useSubmissionKey } from './useSubmissionKey';

describe('useSubmissionKey', () => {
  it('keeps the key while the same body is sent again, and takes a new one for another body or after success', () => {
    const { result } = renderHook(() => useSubmissionKey());
    const first = result.current.keyFor({ name: 'Voorjaar', opensOn: '2027-03-01' });
    expect(result.current.keyFor({ name: 'Voorjaar', opensOn: '2027-03-01' })).toBe(first);
    const changed = result.current.keyFor({ name: 'Voorjaar', opensOn: '2027-04-01' });
    expect(changed).not.toBe(first);
    result.current.done();
    expect(result.current.keyFor({ name: 'Voorjaar', opensOn: '2027-04-01' })).not.toBe(changed);
  });
});
