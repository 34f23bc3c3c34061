import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/components/font-size-control/define.js';

interface Args {
  appearance: 'buttons' | 'compact';
  levels: string;
  target: string;
  'storage-key': string;
}

const meta: Meta<Args> = {
  title: 'Components/Font-size control',
  component: 'cswb-font-size-control',
  args: { appearance: 'buttons', levels: '90,100,110,125,150,175,200', target: '', 'storage-key': 'cswb-font-size-storybook' },
  argTypes: { appearance: { control: 'inline-radio', options: ['buttons', 'compact'] } },
  render: (args) =>
    html`<cswb-font-size-control
      appearance=${args.appearance}
      levels=${args.levels}
      target=${args.target || nothing}
      storage-key=${args['storage-key']}
    ></cswb-font-size-control>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Compact: Story = { args: { appearance: 'compact' } };

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

export const CustomLevels: Story = { args: { levels: '100,120,140,160' } };

/** Only the article below grows: `target` takes a CSS selector. */
export const ScopedTarget: Story = {
  args: { target: '#scoped-article', 'storage-key': 'cswb-font-size-storybook-scoped' },
  render: (args) => html`
    <cswb-font-size-control target=${args.target} storage-key=${args['storage-key']} appearance=${args.appearance}></cswb-font-size-control>
    <article id="scoped-article">
      <h2 style="font-size: 1.5em">Community Safety and Well-Being</h2>
      <p>Only this article changes size; the rest of the page keeps its own.</p>
    </article>
  `,
};
