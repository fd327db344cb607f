// Builds a portal page around the story for the end-to-end tests. The story's address
// comes from ?story= (it is served from another origin, as a portal's would be);
// ?embed=loader|pym|iframe picks how it is embedded; ?sandbox= and ?column= vary it.
const query = new URLSearchParams(location.search);
const story = query.get('story');
const column = query.get('column');
if (column) document.documentElement.style.setProperty('--column', `${Number(column)}px`);
const slot = document.getElementById('slot');
// What the story tells its host, for the tests to read.
window.__messages = [];
addEventListener('message', (event) => window.__messages.push(event.data));

if (query.get('embed') === 'loader') {
  const host = document.createElement('div');
  host.setAttribute('data-pingdu-story', '');
  host.setAttribute('data-title', '平度 story (test)');
  for (const name of ['theme', 'accent']) if (query.has(name)) host.setAttribute(`data-${name}`, query.get(name));
  slot.append(host);
  const script = document.createElement('script');
  script.src = new URL('embed.js', story).href;
  script.async = true;
  document.body.append(script);
} else if (query.get('embed') === 'pym') {
  // The real Pym.js parent (npm pym.js 1.3.2), auto-initialised from data-pym-src.
  const host = document.createElement('div');
  host.setAttribute('data-pym-src', new URL('index.html?embed=1', story).href);
  host.setAttribute('data-pym-trackscroll', '');
  host.setAttribute('data-pym-title', '平度 story (test)');
  slot.append(host);
  const script = document.createElement('script');
  script.src = '/node_modules/pym.js/dist/pym.v1.js';
  document.body.append(script);
} else {
  const iframe = document.createElement('iframe');
  iframe.src = new URL('index.html?embed=1', story).href;
  iframe.title = '平度 story (test)';
  iframe.style.cssText = 'width: 100%; height: 800px; border: 0';
  if (query.has('sandbox')) iframe.setAttribute('sandbox', query.get('sandbox'));
  slot.append(iframe);
}
