// Tells the session store that the API said "sign in first", without the API layer knowing the store.
const listeners = new Set<() => void>();

export function reportSignedOut(): void {
  for (const listener of listeners) listener();
}

const changeListeners = new Set<() => void>();

export function reportSessionChanged(): void {
  for (const listener of changeListeners) listener();
}

export function onSessionChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
