/** Public API without side effects: classes, controllers, events and helpers. Import a define module to register a tag. */
export { VERSION } from './version.js';
export { FontSizeControl } from './components/font-size-control/font-size-control.js';
export { FontSizeChangeEvent } from './components/font-size-control/events.js';
export { HelpLines } from './components/help-lines/help-lines.js';
export { BUILT_IN_LINES, type HelpLine, type HelpLineContact, type HelpLineInput, type LocalizedText } from './components/help-lines/lines.js';
export { PriorityCard, PRIORITIES, type Priority } from './components/priority-card/priority-card.js';
export { PrioritySelectEvent } from './components/priority-card/events.js';
export { PriorityGrid } from './components/priority-grid/priority-grid.js';
export { QuickExit, DEFAULT_EXIT_URL } from './components/quick-exit/quick-exit.js';
export { QuickExitEvent, type QuickExitSource } from './components/quick-exit/events.js';
export { ZoneExplainer } from './components/zone-explainer/zone-explainer.js';
export { ZoneChangeEvent } from './components/zone-explainer/events.js';
export { ZONES, type ZoneId } from './components/zone-explainer/zones.js';
export { LocalizeController } from './controllers/localize.js';
export { HasSlotController, DEFAULT_SLOT } from './controllers/has-slot.js';
export { setStrings, toLocale, type Locale } from './i18n/locale.js';
export { tokens, type TokenName } from './styles/tokens.js';
export { themes, themeCss } from './styles/themes.js';
