import type { PlaywrightTestConfig } from '@playwright/test';

/**
 * The browser both Playwright configurations drive: Debian's Chromium (apt-get install chromium),
 * never Playwright's own download, with a Dutch locale and Dutch time.
 */
export const chromium: PlaywrightTestConfig['use'] = {
  browserName: 'chromium',
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  trace: 'retain-on-failure',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=nl-NL',
    ],
  },
};
