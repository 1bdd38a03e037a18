/* K80 uitleg – embed helper for host pages (no dependencies). Sizes every
   <iframe data-k80-uitleg> to the height its page reports. A message counts only from that
   iframe's own window and origin, with type "k80-uitleg:hoogte", v 1 and a sane height.
   On load it asks each iframe once for its height ("k80-uitleg:vraag"). When the app shows
   new content ("k80-uitleg:in-beeld", v 1, its top in the app's page) out of view, it
   scrolls that top into view; never on loading. */
(() => {
  const frames = () => document.querySelectorAll('iframe[data-k80-uitleg]');
  const originOf = (f) => {
    try {
      return new URL(f.src, location.href).origin;
    } catch {
      return null;
    }
  };
  // Ask each app for its height: it may have reported before this script ran. (An iframe
  // whose document we can read has not loaded the app yet; its load event will ask.)
  const ask = (f) => originOf(f) && f.contentWindow?.postMessage({ type: 'k80-uitleg:vraag', v: 1 }, originOf(f));
  for (const f of frames()) {
    if (!f.contentDocument) ask(f);
    f.addEventListener('load', () => ask(f));
  }
  const sane = (n, low) => typeof n === 'number' && isFinite(n) && n >= low && n <= 50000;
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.v !== 1) return;
    const frame = [...frames()].find((f) => f.contentWindow === e.source && originOf(f) === e.origin);
    if (!frame) return;
    if (d.type === 'k80-uitleg:hoogte' && sane(d.hoogte, 50)) {
      frame.style.height = `${Math.ceil(d.hoogte)}px`;
      frame.setAttribute('scrolling', 'no');
    } else if (d.type === 'k80-uitleg:in-beeld' && sane(d.boven, 0)) {
      // New content in the app (the next step, new figures): bring its top into view if it
      // is not, a little below the window's top.
      const top = frame.getBoundingClientRect().top + d.boven;
      if (top < 0 || top > innerHeight * 0.75) {
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        scrollBy({ top: top - 16, behavior: smooth ? 'smooth' : 'auto' });
      }
    }
  });
})();
