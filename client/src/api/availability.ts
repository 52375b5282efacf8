// Tells whoever listens when the API or its database stops or starts answering; fed by every request.

export type Availability = 'unknown' | 'available' | 'unavailable';

type Listener = (availability: Availability, reason: string | undefined) => void;

const listeners = new Set<Listener>();

export function onAvailabilityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportAvailability(availability: Availability, reason?: string): void {
  for (const listener of listeners) listener(availability, reason);
}
