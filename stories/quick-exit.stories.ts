import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { QuickExit } from '../src/components/quick-exit/quick-exit.js';
import '../src/components/quick-exit/define.js';

interface Args {
  href: string;
  position: 'fixed' | 'inline';
  'clear-storage-keys': string;
}

/**
 * In Storybook, pressing the button (or Shift three times) really leaves: the story frame is
 * replaced by the neutral site. The stories below cancel the `cswb-quick-exit` event so that
 * the docs page stays put; remove the listener in your own page.
 */
const stayInStorybook = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'cswb-quick-exit',
  args: { href: 'https://www.google.ca/', position: 'inline', 'clear-storage-keys': '' },
  argTypes: { position: { control: 'inline-radio', options: ['fixed', 'inline'] } },
  render: (args) =>
    html`<cswb-quick-exit
      href=${args.href}
      position=${args.position}
      clear-storage-keys=${args['clear-storage-keys']}
      @cswb-quick-exit=${stayInStorybook}
    ></cswb-quick-exit>`,
};
export default meta;

type Story = StoryObj<Args>;

/** In the page's flow, as it would sit in a sticky header. */
export const Inline: Story = {};

/** The default: fixed to the bottom corner of the window, visible while the page scrolls. */
export const Fixed: Story = {
  args: { position: 'fixed' },
  render: (args) => html`
    <p>Scroll this frame: the button stays in the bottom corner.</p>
    <div style="block-size: 150vh; border-inline-start: 0.25rem dotted currentColor; padding-inline-start: 1rem">Page content</div>
    <cswb-quick-exit href=${args.href} position=${args.position} @cswb-quick-exit=${stayInStorybook}></cswb-quick-exit>
  `,
};

/** A weather site as the neutral page, and the page's own saved form draft wiped on exit. */
export const CustomTargetAndStorage: Story = {
  args: { href: 'https://weather.gc.ca/', 'clear-storage-keys': 'shelter-form-draft, last-search' },
};

/** "How it works" opened: what the button does, the shortcut, and why a private window is safer. */
export const ExplanationOpen: Story = {
  render: (args) =>
    html`<cswb-quick-exit
      href=${args.href}
      position=${args.position}
      @cswb-quick-exit=${stayInStorybook}
      ${ref((el) =>
        (el as QuickExit | undefined)?.updateComplete.then(() => {
          const toggle = (el as QuickExit).shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
          if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        }),
      )}
    ></cswb-quick-exit>`,
};

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
