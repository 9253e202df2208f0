// Loads the app. Trunk's own inline loader is turned off (Trunk.toml
// inject_scripts = false) so the Content-Security-Policy needs no 'unsafe-inline'.
import init from './jiujiang-app.js';
init();
// Offline after the first visit (assets/sw.js); where service workers are
// unavailable (file://, old browsers) the app simply stays online-only.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
