// `make screenshots`: PNGs of the main views at phone and laptop size, from the built site in
// dist/, into docs/screenshots/ (or the folder given as the first argument). The README shows
// them; re-run this when the look changes. Served and shot like the e2e tests: Debian's
// Chromium, no other origin, reduced motion so nothing is caught mid-transition.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, serve, launch, hydrated } from '../tests/e2e/helpers.mjs';

const OUT = resolve(ROOT, process.argv[2] ?? 'docs/screenshots');

const SIZES = {
  telefoon: { width: 375, height: 812, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  laptop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};

/** Each view: its file name, its address and what must be on screen before the shot. */
const VIEWS = [
  { name: 'start', path: '/', ready: (page) => page.locator('#start[data-current]').waitFor() },
  {
    name: 'stap',
    path: '/#ruimte-voor-verbetering',
    ready: (page) => page.locator('#ruimte-voor-verbetering[data-current]').waitFor(),
  },
  {
    name: 'vergelijking',
    path: '/?gemeente=GM0050&naast=GM0184,GM1680#vergelijk',
    ready: async (page) => {
      await page.locator('.figures__table').waitFor();
      await page.getByRole('img', { name: /^Kaart van Nederland/ }).waitFor();
      // The map coloured by a figure, as a visitor would leave it.
      await page.getByLabel('Kleur de kaart naar').selectOption({ label: 'Inwoners per km² land' });
      await page.locator('.map__area--c1').first().waitFor();
      // The comparison's heading at the top, the map and the start of the table below it.
      await page.locator('#vergelijk').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'dia',
    path: '/?modus=presentatie#dia-1',
    ready: async (page) => {
      await page.locator('.presenter__stage').waitFor();
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.presenter')).position === 'fixed');
      // The slide as the room sees it: the controls leave the image after about 2 s.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.presenter__controls')).opacity === '0');
    },
  },
  {
    name: 'insluiten',
    path: '/?embed&weergave=vergelijk&gemeente=GM0050',
    ready: (page) => page.locator('.figures__table').waitFor(),
  },
];

mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const { deviceScaleFactor, isMobile = false, hasTouch = false, ...box } = viewport;
    const context = await browser.newContext({
      viewport: box,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      locale: 'nl-NL',
      reducedMotion: 'reduce',
    });
    for (const view of VIEWS) {
      const page = await context.newPage();
      await page.goto(server.url + view.path);
      await hydrated(page);
      await view.ready(page);
      await page.evaluate(() => document.fonts.ready);
      const file = resolve(OUT, `${view.name}-${size}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      console.log(file.replace(`${ROOT}/`, ''));
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
