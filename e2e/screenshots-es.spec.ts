/** The panel's pictures in a browser whose UI language is "es" (see screenshots.ts). */
import { test } from './fixtures/index.ts';
import { screenshotTests } from './screenshots.ts';

test.use({ browserLanguage: 'es' });
screenshotTests('es');
