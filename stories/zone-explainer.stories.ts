import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/zone-explainer/define.js';
import { ZONES, type ZoneId } from '../src/components/zone-explainer/zones.js';

interface Args {
  zone: ZoneId;
  'heading-level': number;
  'show-investment': boolean;
  strings: string;
}

const meta: Meta<Args> = {
  title: 'Components/Zone explainer',
  component: 'cswb-zone-explainer',
  args: { zone: 'social-development', 'heading-level': 2, 'show-investment': false, strings: '' },
  argTypes: {
    zone: { control: 'select', options: [...ZONES] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  render: (args) => explainer(args),
};
export default meta;

type Story = StoryObj<Args>;

// `sync-url` is left out of the stories: it would write into the Storybook frame's address.
function explainer(args: Args, content: TemplateResult | typeof nothing = nothing) {
  return html`<cswb-zone-explainer
    zone=${args.zone}
    heading-level=${args['heading-level']}
    ?show-investment=${args['show-investment']}
    strings=${args.strings || nothing}
  >${content}</cswb-zone-explainer>`;
}

/** Wide container: the ring diagram beside the tabs, the selected zone's panel below. */
export const Default: Story = {};

/**
 * The same element in a 20rem container: a container query (the element's own width, not the
 * viewport's) turns the tabs into an accordion of `<details>`, one per zone.
 */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 20rem">${explainer(args)}</div>`,
};

export const SocialDevelopment: Story = { args: { zone: 'social-development' } };

export const Prevention: Story = { args: { zone: 'prevention' } };

export const RiskIntervention: Story = { args: { zone: 'risk-intervention' } };

export const IncidentResponse: Story = { args: { zone: 'incident-response' } };

/** `show-investment` adds a note on moving effort upstream, text first, with a small graphic. */
export const WithInvestmentNote: Story = { args: { 'show-investment': true } };

const partnerContent = html`
  <div slot="social-development">
    <p>Halton Region and the Halton Regional Police Service launched <cite>Community Safety and Well-Being in Halton: A Plan for Collaboration and Action</cite> in November 2017, after consultations in Burlington, Halton Hills, Milton and Oakville.</p>
  </div>
  <p slot="prevention">Halton Regional Police Service road safety work: Project Safe Start (distracted driving, speeding and impaired driving) and RIDE checks.</p>
  <p slot="risk-intervention">Halton’s Situation Table brings agencies together to help people at acutely elevated risk within 24 to 48 hours.</p>
  <p slot="incident-response">The Mobile Crisis Rapid Response Team pairs a police officer with a crisis worker. Mental health crisis line: COAST Halton, <a href="tel:+18778259011">1-877-825-9011</a>.</p>
`;

/**
 * **How a webmaster adds local programs.** Put an element inside `<cswb-zone-explainer>` and
 * give it a `slot` attribute naming a zone: `social-development`, `prevention`,
 * `risk-intervention` or `incident-response`. It appears in that zone's panel, after the built-in
 * text, in both the tabs and the accordion layout, and it keeps your page's own styles. Several
 * elements can share one zone; wrap longer content in a `<div slot="…">`. Headings you add
 * should be one level below `heading-level`. To change a built-in text instead, use `strings`,
 * e.g. `strings='{"prevention.example2":"Our own example"}'` (an empty text removes an example).
 *
 * ```html
 * <cswb-zone-explainer heading-level="3">
 *   <p slot="risk-intervention">Halton’s Situation Table brings agencies together within 24 to 48 hours.</p>
 * </cswb-zone-explainer>
 * ```
 */
export const PartnerContent: Story = {
  args: { zone: 'risk-intervention' },
  render: (args) => explainer(args, partnerContent),
  parameters: {
    docs: {
      description: {
        story:
          'How a webmaster adds local programs: put an element inside `<cswb-zone-explainer>` with `slot` set to a zone id (`social-development`, `prevention`, `risk-intervention`, `incident-response`). It appears in that zone’s panel after the built-in text, in both layouts, with the page’s own styles. Several elements can share a zone; wrap longer content in a `<div slot="…">`; headings you add should be one level below `heading-level`. To change a built-in text instead, set `strings`, e.g. `strings=\'{"prevention.example2":"Our own example"}\'` (an empty text removes an example).',
      },
    },
  },
};

/** Partner content in the accordion layout: the same slots, inside each `<details>`. */
export const PartnerContentNarrow: Story = {
  args: { zone: 'risk-intervention' },
  render: (args) => html`<div style="max-inline-size: 20rem">${explainer(args, partnerContent)}</div>`,
};

export const French: Story = { args: { 'show-investment': true }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { 'show-investment': true, zone: 'prevention' }, globals: { theme: 'dark' } };

export const HighContrast: Story = { args: { 'show-investment': true, zone: 'incident-response' }, globals: { theme: 'high-contrast' } };

/** Inside a page section whose own headings are h2 and h3: `heading-level="4"` continues the outline. */
export const HeadingLevel4: Story = {
  args: { 'heading-level': 4, 'show-investment': true },
  render: (args) => html`
    <h2>Community Safety and Well-Being</h2>
    <h3>How the plan works</h3>
    ${explainer(args)}
  `,
};

/** Every built-in text can be replaced with `strings` (keys such as `prevention.name`). */
export const CustomStrings: Story = {
  args: {
    zone: 'prevention',
    strings: JSON.stringify({ 'prevention.example2': 'Programs chosen with residents of each neighbourhood', 'prevention.subtitle': 'Acting on risks we already know about' }),
  },
};
