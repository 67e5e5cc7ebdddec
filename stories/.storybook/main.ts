import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../**/*.mdx', '../**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    // Fixtures served beside the stories, for the `src` examples.
    { from: '../../test/fixtures', to: '/fixtures' },
    // The JSON Schema, linked from the Custom data page.
    { from: '../../data/schema.json', to: '/schema.json' },
  ],
  docs: { defaultName: 'Docs' },
  core: { disableTelemetry: true },
};
export default config;
