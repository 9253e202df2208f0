// Loads the app. Trunk's own inline loader is turned off (Trunk.toml
// inject_scripts = false) so the Content-Security-Policy needs no 'unsafe-inline'.
// Imported at run time, so that a glue file that fails to load is caught
// too: the page then says so (index.html's #boot) instead of staying blank.
import('./jiujiang-app.js')
  .then((glue) => glue.default())
  .catch(() => document.getElementById('boot')?.classList.add('failed'));
// Offline after the first visit (assets/sw.js); where service workers are
// unavailable (file://, old browsers) the app simply stays online-only.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
