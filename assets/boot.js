// Loads the app. Trunk's own inline loader is turned off (Trunk.toml
// inject_scripts = false) so the Content-Security-Policy needs no 'unsafe-inline'.
import init from './jiujiang-app.js';
init();
