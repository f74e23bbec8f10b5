/** A key pressed here is text being typed (or a choice being made), not a shortcut. */
export function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, [role="combobox"], [role="textbox"]') !== null
}
