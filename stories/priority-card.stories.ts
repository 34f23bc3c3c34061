import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/priority-card/define.js';

interface Args {
  priority: '' | 'mental-health' | 'vulnerable-populations' | 'traffic-safety' | 'crime';
  'heading-level': number;
  href: string;
  stat: string;
  'stat-label': string;
}

const meta: Meta<Args> = {
  title: 'Components/Priority card',
  component: 'cswb-priority-card',
  args: { priority: 'mental-health', 'heading-level': 3, href: '', stat: '', 'stat-label': '' },
  argTypes: {
    priority: { control: 'select', options: ['', 'mental-health', 'vulnerable-populations', 'traffic-safety', 'crime'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<div style="max-inline-size: 22rem">
      <cswb-priority-card
        priority=${args.priority || nothing}
        heading-level=${args['heading-level']}
        href=${args.href || nothing}
        stat=${args.stat || nothing}
        stat-label=${args['stat-label'] || nothing}
      ></cswb-priority-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Mental health and addictions: its own icon, title and summary. */
export const MentalHealth: Story = {};

export const VulnerablePopulations: Story = { args: { priority: 'vulnerable-populations' } };

export const TrafficSafety: Story = { args: { priority: 'traffic-safety' } };

/** With a headline figure: `stat` and `stat-label`. */
export const CrimeWithFigure: Story = {
  args: {
    priority: 'crime',
    stat: '13',
    'stat-label': "straight years with the lowest Crime Severity Index among Canada's large municipalities (2017 data)",
  },
};

/** `href` makes the whole card one link, named by its heading; click anywhere on it. */
export const Link: Story = { args: { priority: 'traffic-safety', href: '#traffic-safety' } };

/** A link to another website is marked for screen readers ("external website"); it opens in the same window. */
export const ExternalLink: Story = { args: { priority: 'vulnerable-populations', href: 'https://www.halton.ca/' } };

/** The heading level follows the page's outline: `heading-level` 2 to 6. */
export const HeadingLevel: Story = { args: { priority: 'crime', 'heading-level': 2 } };

/** No preset: a plain themed card built from the `heading`, default and `actions` slots. */
export const CustomCard: Story = {
  args: { priority: '' },
  render: () => html`<div style="max-inline-size: 22rem">
    <cswb-priority-card href="#youth">
      <span slot="heading">Youth programs</span>
      <p style="margin: 0">Drop-in programs, mentoring and sports for young people across the region.</p>
      <a slot="actions" href="#youth-register">Register for a program</a>
    </cswb-priority-card>
  </div>`,
};

/** A preset whose texts are replaced by slots, with its own actions above the stretched link. */
export const PresetWithSlots: Story = {
  render: () => html`<div style="max-inline-size: 22rem">
    <cswb-priority-card priority="mental-health" href="#crisis">
      <span slot="heading">Crisis support</span>
      <p style="margin: 0">A police officer and a crisis worker respond together to mental health calls.</p>
      <a slot="actions" href="tel:988">Call or text 9-8-8</a>
    </cswb-priority-card>
  </div>`,
};

/** `finder` adds "Find services", which hands the priority to the resource finder with that id (a stand-in here). */
export const FindServices: Story = {
  render: () => html`<div style="max-inline-size: 22rem">
      <cswb-priority-card priority="mental-health" href="#mental-health" finder="story-finder"></cswb-priority-card>
    </div>
    <p id="story-finder" tabindex="-1">A resource finder with id "story-finder" goes here; it receives the priority.</p>`,
};

export const French: Story = { args: { priority: 'crime', href: 'https://www.halton.ca/' }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { priority: 'traffic-safety', href: '#traffic-safety' }, globals: { theme: 'dark' } };

export const HighContrast: Story = { args: { priority: 'vulnerable-populations', href: '#vulnerable' }, globals: { theme: 'high-contrast' } };
