/** The panel's pictures in a browser whose UI language is "en" (see screenshots.ts). */
import { test } from './fixtures/index.ts';
import { screenshotTests } from './screenshots.ts';

test.use({ browserLanguage: 'en' });
screenshotTests('en');
