// The baseline's own copy of Lit, bundled by bench/run.mjs.
export { LitElement, html } from 'lit';
