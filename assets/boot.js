// Loads the app. Trunk's own inline loader is turned off (Trunk.toml
// inject_scripts = false) so the Content-Security-Policy needs no 'unsafe-inline'.
// What the page says before the app mounts (index.html's #boot): loading,
// then, if the app cannot start, why. The glue is imported at run time so
// that a glue file that fails to load is caught too.
const boot = document.getElementById('boot');
const show = (selector, on) => boot?.querySelectorAll(selector).forEach((el) => { el.hidden = !on; });
show('.boot-loading, .boot-bar', true);
import('./jiujiang-app.js')
  .then((glue) => glue.default())
  .catch(() => {
    show('.boot-loading, .boot-bar', false);
    show('.boot-failed', true);
    boot?.setAttribute('role', 'alert');
  });

// A panic in the app ends the wasm instance with a trap, which leaves the page
// as it was or blank. Say so, once, and offer the reload that restores the
// autosaved work. (The DOM functions are taken now: whatever broke the app
// may have broken them by then.)
const make = document.createElement.bind(document);
function stopped(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || document.getElementById('crash')) return;
  const box = make('div');
  box.id = 'crash';
  box.className = 'crash';
  box.setAttribute('role', 'alert');
  const text = make('p');
  text.textContent = '本页因内部错误停止运行。请刷新页面：出错前已自动保存在本浏览器中的内容会恢复。';
  const en = make('span');
  en.lang = 'en';
  en.textContent = 'The page stopped on an internal error. Reload it: the work saved in this browser before the error comes back.';
  text.append(en);
  const reload = make('button');
  reload.type = 'button';
  reload.textContent = '刷新 Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(text, reload);
  document.body.prepend(box);
}
if (typeof WebAssembly === 'object') {
  window.addEventListener('error', (e) => stopped(e.error));
  window.addEventListener('unhandledrejection', (e) => stopped(e.reason));
}

// Offline after the first visit (assets/sw.js); where service workers are
// unavailable (file://, old browsers) the app simply stays online-only.
// The worker answers each visit with whether the offline copy is complete
// (it is from the second visit on); the answer is kept on the page as
// data-offline, for the tests and for anyone checking before going offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data?.offline) document.documentElement.dataset.offline = e.data.offline;
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.register('sw.js').catch(() => {});
  navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage('visit')).catch(() => {});
  // A file fetched before the worker held the page went past it, so was
  // not kept: the worker is told of each, and keeps those its offline copy
  // holds (a user test's map was empty offline after the first visit had
  // drawn it). Which those are is the worker's list alone.
  const keep = (entries) => {
    const urls = entries
      .filter((e) => e.workerStart === 0 && new URL(e.name).origin === location.origin)
      .map((e) => e.name);
    if (urls.length) navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ keep: urls })).catch(() => {});
  };
  try {
    new PerformanceObserver((list) => keep(list.getEntries())).observe({ type: 'resource', buffered: true });
  } catch (_) {
    // No resource timing: the second visit completes the copy, as before.
  }
}
