'use client';
// After a change, a list must be read again from scratch. invalidateQueries alone would join a
// first load still on its way, which may have left the server before the change: cancel it first.
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export function useRefresh(): (queryKey: QueryKey) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (queryKey: QueryKey) => {
      await queryClient.cancelQueries({ queryKey });
      await queryClient.invalidateQueries({ queryKey });
    },
    [queryClient],
  );
}
