/**
 * A value shared by every copy of the library on the page (the bundle beside the loader's
 * modules, two versions): each copy has its own module state, the page has one global. Made
 * once, under the symbol `cswb-widgets.<name>`, which every version uses.
 */
export function pageGlobal<T>(name: string, create: () => T): T {
  const global = globalThis as Record<symbol, unknown>;
  return (global[Symbol.for(`cswb-widgets.${name}`)] ??= create()) as T;
}
