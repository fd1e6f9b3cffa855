/**
 * What JSON makes of the values the shop's routes send, for typing their
 * answers with the HTTP types (types/http): an instant is written as its ISO
 * text (`Date.prototype.toJSON`), so a Date read from a module becomes the
 * text the client receives; text is sent as it is.
 */
export const jsonTime = (value: Date | string): string =>
  value instanceof Date ? value.toJSON() : value

/** `jsonTime`, keeping null (and undefined, which JSON leaves out) as they are. */
export function jsonTimeOrNull(value: Date | string | null): string | null
export function jsonTimeOrNull(value: Date | string | null | undefined): string | null | undefined
export function jsonTimeOrNull(value: Date | string | null | undefined) {
  return value === null || value === undefined ? value : jsonTime(value)
}
