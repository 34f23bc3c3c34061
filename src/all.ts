/**
 * The bundle a webmaster loads with one script tag: defines every cswb-* element.
 * Each define module is guarded, so loading this file twice, or with the loader, never throws.
 * It exports nothing: scripts that need the classes or data functions import dist/index.js.
 */
import './components/font-size-control/define.js';
import './components/help-lines/define.js';
import './components/priority-card/define.js';
import './components/priority-grid/define.js';
import './components/quick-exit/define.js';
import './components/resource-finder/define.js';
import './components/zone-explainer/define.js';
