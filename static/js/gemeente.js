// The municipality pages (gemeente/<naam>/, made at build time by src/prerender.rs): complete
// without scripts. With them, the comparison (picker, map, charts) comes under its link, as
// any site embeds it: an iframe of the explainer in embed mode, loaded when it comes near the
// screen and sized to its content by embed.js (loaded after this script). The address is the
// one the page names (data-insluiten-hier, written by src/route.rs); nothing else is read.
for (const host of document.querySelectorAll('[data-insluiten-hier]')) {
  const frame = document.createElement('iframe');
  frame.src = host.getAttribute('data-insluiten-hier');
  frame.title = host.getAttribute('data-titel');
  frame.loading = 'lazy';
  frame.className = 'municipality__app';
  frame.setAttribute('data-k80-uitleg', '');
  host.append(frame);
}
