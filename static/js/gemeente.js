// The municipality pages (gemeente/<naam>/, made at build time by src/prerender.rs): complete
// without scripts. With them, the comparison (picker, map, charts) comes under its link, as
// any site embeds it: an iframe of the explainer in embed mode, sized to its content by
// embed.js (loaded after this script). It is made only when its place comes near the screen,
// so the page's first view never loads the explainer. The address is the one the page names
// (data-insluiten-hier, written by src/route.rs); nothing else is read.
const place = (host) => {
  const frame = document.createElement('iframe');
  frame.src = host.getAttribute('data-insluiten-hier');
  frame.title = host.getAttribute('data-titel');
  frame.className = 'municipality__app';
  frame.setAttribute('data-k80-uitleg', '');
  host.append(frame);
};
const near = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      near.unobserve(e.target);
      place(e.target);
    }
  },
  { rootMargin: '400px 0px' },
);
for (const host of document.querySelectorAll('[data-insluiten-hier]')) near.observe(host);
