/**
 * The shape every edition's catalog shares. The Japanese catalog (catalogs/ja/) defines the keys; the other editions'
 * catalogs are checked against it (`satisfies Mirror<typeof ja>`), so a key missing from an edition, or one it has
 * that Japanese does not, fails the type check. A message is a string or a function of the values it words.
 */
export type Message = string | ((...args: never[]) => string);

// A key's message in every edition: the same arguments as the Japanese one, always a string.
export type Mirror<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
