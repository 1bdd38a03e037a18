/* K80 uitleg – embed helper for host pages (no dependencies). Sizes every
   <iframe data-k80-uitleg> to the height its page reports. A message counts only from that
   iframe's own window and origin, with type "k80-uitleg:hoogte", v 1 and a sane height.
   On load it asks each iframe once for its height ("k80-uitleg:vraag"). */
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
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.type !== 'k80-uitleg:hoogte' || d.v !== 1) return;
    const h = d.hoogte;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 50000) return;
    for (const f of frames()) {
      if (f.contentWindow === e.source && originOf(f) === e.origin) {
        f.style.height = `${Math.ceil(h)}px`;
        f.setAttribute('scrolling', 'no');
      }
    }
  });
})();
