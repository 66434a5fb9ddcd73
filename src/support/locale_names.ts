// The locales Swallow has are glibc's built-in ones: "C" (also named "POSIX") and "C.UTF-8"
// under any spelling of its codeset that glibc accepts. Shared by `_locale` and by the
// command line's start-up, which decides UTF-8 mode and C-locale coercion from them.

/** The name glibc reports for a locale it has, or undefined: "POSIX" is reported as "C",
 * and C.UTF-8 keeps the spelling it was asked by (glibc normalises only to find it). */
export function knownLocale(name: string): string | undefined {
  if (name === "C" || name === "POSIX") return "C";
  const m = /^C\.([^@]*)(@.*)?$/.exec(name);
  if (m !== null && m[1]!.toLowerCase().replace(/[^a-z0-9]/g, "") === "utf8") return name;
  return undefined;
}

/** Whether a program started with environment `env` has the C locale for LC_CTYPE (the
 * environment names no locale glibc has, or the C one). */
export function startsInCLocale(env: Readonly<Record<string, string | undefined>>): boolean {
  const name = env["LC_ALL"] || env["LC_CTYPE"] || env["LANG"] || "C";
  return (knownLocale(name) ?? "C") === "C";
}

/** The C locale's names of the days, Sunday first (the order of C's tm_wday and of
 * nl_langinfo's DAY_1..DAY_7), and of the months. */
export const C_DAYS: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];
export const C_MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
