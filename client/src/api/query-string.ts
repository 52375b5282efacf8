// Builds a query string from typed parameters: lists go comma-separated, empty values are left out.

export type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export function toQueryString(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replaceAll('%2C', ',').replaceAll('%3A', ':')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
