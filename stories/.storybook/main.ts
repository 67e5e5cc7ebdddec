import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../**/*.mdx', '../**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Fixtures served beside the stories, for the `src` examples.
  staticDirs: [{ from: '../../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
};
export default config;
