/**
 * Every element the library defines, by folder name under src/components/ (the tag is
 * `cswb-<name>`). The build checks this list against the folders; the loader reads it to know
 * which tags it may load, so it never requests a module that does not exist.
 */
export const COMPONENTS = ['font-size-control', 'help-lines', 'priority-card', 'priority-grid', 'quick-exit', 'resource-finder', 'zone-explainer'] as const;
