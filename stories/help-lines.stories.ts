import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/help-lines/define.js';

interface Args {
  layout: 'list' | 'strip';
  lines: string;
}

/** Local lines as a partner would add them (the Halton numbers are the project's local examples). */
const halton = JSON.stringify([
  {
    id: 'coast-halton',
    name: 'COAST Halton',
    number: '1-877-825-9011',
    description: { en: 'Mental health crisis line for Halton (local example).', fr: 'Ligne de crise en santé mentale pour Halton (exemple local).' },
  },
  {
    id: 'hrps-non-emergency',
    name: { en: 'Halton police non-emergency', fr: 'Police de Halton, non urgent' },
    number: '905-825-4777',
    description: { en: 'To report a crime or a concern when no one is in danger (local example).', fr: 'Pour signaler un crime ou une inquiétude quand personne n’est en danger (exemple local).' },
  },
]);

const meta: Meta<Args> = {
  title: 'Components/Help lines',
  component: 'cswb-help-lines',
  args: { layout: 'list', lines: '' },
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'strip'] } },
  render: (args) => html`<cswb-help-lines layout=${args.layout} lines=${args.lines}></cswb-help-lines>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every built-in line, with what it is for. */
export const List: Story = {};

/** One wrapping row for the top of a page. */
export const Strip: Story = { args: { layout: 'strip', lines: 'emergency suicide-crisis ontario-211 kids-help-phone' } };

/** `lines` picks and orders: a page about family violence. */
export const PickedLines: Story = { args: { lines: 'emergency assaulted-womens-helpline human-trafficking-hotline seniors-safety-line' } };

/** Local lines from an inline JSON child, ordered among the built-in ones. */
export const CustomLines: Story = {
  args: { lines: 'emergency coast-halton suicide-crisis hrps-non-emergency' },
  render: (args) => html`<cswb-help-lines layout=${args.layout} lines=${args.lines}>
    <script type="application/json">${halton}</script>
  </cswb-help-lines>`,
};

/** Local lines that cannot be read (broken JSON): the built-in lines show, with a note that some local ones are missing. */
export const UnreadableLocalLines: Story = {
  render: (args) => html`<cswb-help-lines layout=${args.layout} lines=${args.lines}>
    <script type="application/json">[{"id":"coast-halton",</script>
  </cswb-help-lines>`,
};

export const CustomLinesStrip: Story = { ...CustomLines, args: { layout: 'strip', lines: 'emergency coast-halton hrps-non-emergency' } };

export const French: Story = { globals: { locale: 'fr' } };

export const FrenchStrip: Story = { args: { layout: 'strip', lines: 'emergency suicide-crisis kids-help-phone crime-stoppers' }, globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkStrip: Story = { args: { layout: 'strip' }, globals: { theme: 'dark' } };

export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
