// One request per key: runs it when the key changes, cancels the one before, and never shows an answer for an older key.
import { useEffect, useEffectEvent, useState } from 'react';
import { describeError, isAbortError } from '../api/api-error.ts';

export type RequestState<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'done'; value: T };

const LOADING = { status: 'loading' } as const;

/** `request` is read when the key changes, not watched: the key must say everything the request depends on. */
export function useRequest<T>(key: string, request: (signal: AbortSignal) => Promise<T>): RequestState<T> {
  const [answer, setAnswer] = useState<{ key: string; state: RequestState<T> } | null>(null);
  const send = useEffectEvent(request);

  useEffect(() => {
    const controller = new AbortController();
    send(controller.signal)
      .then((value) => setAnswer({ key, state: { status: 'done', value } }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setAnswer({ key, state: { status: 'error', error: describeError(error) } });
      });
    return () => controller.abort();
  }, [key]);

  return answer?.key === key ? answer.state : LOADING;
}

/**
 * The answer on screen while the next one is read: the last one done stays until its replacement arrives, so that a
 * list read again does not vanish (and take the keyboard's focus with it) in between. `fresh` says it is the latest.
 */
export function useLastAnswer<T>(state: RequestState<T>): { value: T | undefined; fresh: boolean } {
  const [kept, setKept] = useState<T | undefined>();
  const latest = state.status === 'done' ? state.value : undefined;
  if (latest !== undefined && latest !== kept) setKept(latest);
  return { value: latest ?? (state.status === 'loading' ? kept : undefined), fresh: latest !== undefined };
}
