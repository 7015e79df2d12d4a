import { clsx, type ClassValue } from "clsx";

/** Joins class names; falsy values are dropped. Kept as the one place the library joins classes. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
