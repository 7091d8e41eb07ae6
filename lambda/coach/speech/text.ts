/** "renegade rows" -> "Renegade rows", for a name that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
