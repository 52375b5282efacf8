// Tells the session store that the API said "sign in first", without the API layer knowing the store.
const listeners = new Set<() => void>();

export function reportSignedOut(): void {
  for (const listener of listeners) listener();
}

export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
