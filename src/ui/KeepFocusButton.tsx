import type { ButtonHTMLAttributes } from 'react';

export interface KeepFocusButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'disabled' | 'aria-disabled'> {
  /** Whether the button can do nothing now: it says so and a press does nothing. */
  unavailable: boolean;
}

/**
 * A button that may be unavailable for a while (Next at the last step, Undo with nothing to undo):
 * it then says so with `aria-disabled` (styled as disabled) and ignores a press, but keeps the
 * focus. A `disabled` button drops the focus on the page the moment it turns unavailable under a
 * keyboard user's press, so their next key would start from the top of the page.
 */
export function KeepFocusButton({ unavailable, onClick, ...rest }: KeepFocusButtonProps) {
  return <button type="button" {...rest} aria-disabled={unavailable} onClick={unavailable ? undefined : onClick} />;
}
