/** The version of cswb-widgets this code belongs to. The build fails when it differs from package.json. */
export const VERSION = '0.1.0';
