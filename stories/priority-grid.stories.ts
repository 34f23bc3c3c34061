import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/priority-grid/define.js';

interface Args {
  'heading-level': number;
  finder: string;
}

const meta: Meta<Args> = {
  title: 'Components/Priority grid',
  component: 'cswb-priority-grid',
  args: { 'heading-level': 3, finder: '' },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  render: (args) =>
    html`<cswb-priority-grid heading-level=${args['heading-level']} finder=${args.finder || nothing}></cswb-priority-grid>`,
};
export default meta;

type Story = StoryObj<Args>;

/** With no children: the four preset cards, one to four columns by the grid's width. */
export const Default: Story = {};

/** In a narrow container (a sidebar): one column, whatever the window's width. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 20rem">
    <cswb-priority-grid heading-level=${args['heading-level']}></cswb-priority-grid>
  </div>`,
};

/** Each preset card gets "Find services", handing its priority to the finder with that id (a stand-in here). */
export const WithFinder: Story = {
  args: { finder: 'story-grid-finder' },
  render: (args) => html`<cswb-priority-grid heading-level=${args['heading-level']} finder=${args.finder}></cswb-priority-grid>
    <p id="story-grid-finder" tabindex="-1">A resource finder with id "story-grid-finder" goes here.</p>`,
};

/** Children replace the presets; `heading-level` passes to cards without their own. */
export const CustomCards: Story = {
  args: { 'heading-level': 2 },
  render: (args) => html`<cswb-priority-grid heading-level=${args['heading-level']}>
    <cswb-priority-card priority="crime" href="#crime" stat="13" stat-label="straight years with the lowest Crime Severity Index among Canada's large municipalities (2017 data)"></cswb-priority-card>
    <cswb-priority-card href="#housing">
      <span slot="heading">Housing stability</span>
      <p style="margin: 0">Help to find and keep a home, from rent support to emergency shelter.</p>
    </cswb-priority-card>
    <cswb-priority-card priority="traffic-safety" href="#traffic"></cswb-priority-card>
  </cswb-priority-grid>`,
};

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
