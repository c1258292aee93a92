/** Which browser this bundle was built for; build.mjs defines it. */
declare const CROSSCHECK_TARGET: 'chrome' | 'firefox';
export const target: 'chrome' | 'firefox' = CROSSCHECK_TARGET;
