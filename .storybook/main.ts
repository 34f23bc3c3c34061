// Storybook, written by hand (storybook init does not run offline). Telemetry is off in the
// npm scripts' environment and here, since a build otherwise waits on the closed network.
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      esbuild: { target: 'es2022', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4000 },
    };
  },
};
export default config;
