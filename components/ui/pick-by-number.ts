import type { KeyboardEvent } from "react";

/**
 * A fieldset's keydown handler: number keys 1–9 pick the nth radio of the fieldset whose radio has
 * focus (focus moves to it, and it is checked through a click so forms see the change). Keys with
 * Alt, Ctrl or Meta, other keys, and keys pressed outside a radio are left alone. The questionnaire
 * and the map editor both use it.
 */
export function pickByNumber(event: KeyboardEvent<HTMLFieldSetElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.type !== "radio") return;
  const radio =
    event.currentTarget.querySelectorAll<HTMLInputElement>("input[type=radio]")[
      Number(event.key) - 1
    ];
  if (!radio) return;
  event.preventDefault();
  radio.focus();
  if (!radio.checked) radio.click();
}
