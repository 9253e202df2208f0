// Siting speed and accuracy (issue 5), in one run:
// - distance from N random points around Jiujiang to the nearest bundled OSM
//   water polygon, by our engine in WebAssembly under Node, and by turf.js
//   (@turf/point-to-line-distance 7.4.0, the usual JS choice) on the same
//   polygons, used the way its documentation shows: every ring as a line,
//   inside tested with @turf/boolean-point-in-polygon;
// - both checked against a geodesic reference built on geographiclib
//   (the least ellipsoidal distance to each nearby bank segment, found by
//   golden-section search along the segment).
// The native figure comes from criterion (cargo bench -p jiujiang-bench).
// Run: bash bench/run.sh (or: node bench/geo-peer.mjs after a wasm build).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point, lineString, polygon } from '@turf/helpers';
import geodesic from 'geographiclib-geodesic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const wasm = require(path.join(root, 'target/wasm-bench/jiujiang_bench.js'));
const N = Number(process.env.N || 10000);
const CHECK = Number(process.env.CHECK || 1000);
const geod = geodesic.Geodesic.WGS84;

const layer = JSON.parse(readFileSync(path.join(root, 'data/geo/jiujiang_water_osm_reduced.geojson'), 'utf8'));
const polys = layer.features.map((f) => polygon(f.geometry.coordinates));
const rings = layer.features.flatMap((f) => f.geometry.coordinates.map((r) => lineString(r)));
const flat = wasm.random_points_flat(N);
const pts = Array.from({ length: N }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

// Ours: the index is built once (as in the app), then timed per batch.
const batch = new wasm.WaterBatch(N);
batch.nearest_all(); // warm up
let t0 = performance.now();
const RUNS = 5;
let ours;
for (let r = 0; r < RUNS; r++) ours = batch.nearest_all();
const oursMs = (performance.now() - t0) / RUNS;

// turf.js: every point against every polygon ring.
function turfNearest([lon, lat]) {
  const p = point([lon, lat]);
  for (const poly of polys) if (booleanPointInPolygon(p, poly)) return 0;
  let best = Infinity;
  for (const ring of rings) best = Math.min(best, pointToLineDistance(p, ring, { units: 'meters' }));
  return best;
}
const TURF_N = Number(process.env.TURF_N || N);
turfNearest(pts[0]);
t0 = performance.now();
const turf = pts.slice(0, TURF_N).map(turfNearest);
const turfMs = ((performance.now() - t0) / TURF_N) * N;

// The geodesic reference for a sample: least WGS-84 distance to the segments
// that could be nearest (a planar pre-filter with a generous margin).
const segments = layer.features.flatMap((f) => f.geometry.coordinates.flatMap((r) => r.slice(1).map((b, i) => [r[i], b])));
function geodesicToSegment([lon, lat], a, b) {
  const at = (t) => geod.Inverse(lat, lon, a[1] + t * (b[1] - a[1]), a[0] + t * (b[0] - a[0])).s12;
  let lo = 0, hi = 1;
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo), f1 = at(x1), f2 = at(x2);
  for (let k = 0; k < 60; k++) {
    if (f1 < f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - g * (hi - lo); f1 = at(x1); }
    else { lo = x1; x1 = x2; f1 = f2; x2 = lo + g * (hi - lo); f2 = at(x2); }
  }
  return Math.min(f1, f2, at(0), at(1));
}
function reference([lon, lat]) {
  const kx = 111320 * Math.cos((lat * Math.PI) / 180), ky = 110900;
  const planar = segments.map(([a, b]) => {
    const ax = (a[0] - lon) * kx, ay = (a[1] - lat) * ky, bx = (b[0] - lon) * kx, by = (b[1] - lat) * ky;
    const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
    return Math.hypot(ax + t * dx, ay + t * dy);
  });
  const near = Math.min(...planar);
  let best = Infinity;
  planar.forEach((d, i) => { if (d <= near * 1.02 + 100) best = Math.min(best, geodesicToSegment([lon, lat], ...segments[i])); });
  return best;
}
// Beyond 30 km our engine reports "none within 30 km" (the rules look at 5 km).
const RADIUS = 30000;
let worstOurs = 0, worstTurf = 0, checked = 0, insideAgree = 0, insideTotal = 0, far = 0, farWrong = 0;
for (let i = 0; i < Math.min(CHECK, TURF_N); i++) {
  const inside = polys.some((poly) => booleanPointInPolygon(point(pts[i]), poly));
  if (inside) {
    insideTotal++;
    if (ours[i] === 0) insideAgree++;
    continue;
  }
  const ref = reference(pts[i]);
  worstTurf = Math.max(worstTurf, Math.abs(turf[i] - ref));
  if (!Number.isFinite(ours[i]) || ref > RADIUS - 1) {
    far++;
    if (Number.isFinite(ours[i]) || ref < RADIUS) farWrong++;
    continue;
  }
  worstOurs = Math.max(worstOurs, Math.abs(ours[i] - ref));
  checked++;
}
// Our reported bank point against geographiclib's inverse.
const withPoints = batch.nearest_with_points();
let worstMetric = 0;
for (let i = 0; i < Math.min(CHECK, N); i++) {
  const [d, lon, lat] = [withPoints[3 * i], withPoints[3 * i + 1], withPoints[3 * i + 2]];
  if (d > 0 && Number.isFinite(d)) {
    worstMetric = Math.max(worstMetric, Math.abs(d - geod.Inverse(pts[i][1], pts[i][0], lat, lon).s12));
  }
}
const disagree = turf.filter((d, i) => Number.isFinite(ours[i]) && Math.abs(d - ours[i]) > 1).length;

const fmt = (x, d = 2) => x.toFixed(d);
console.log(`\nNearest OSM water from ${N} random points (lon 113.9–117.2, lat 28.6–30.4), ${layer.features.length} polygons, ${segments.length} segments`);
console.log(`  ours, wasm under Node      ${fmt(oursMs)} ms per ${N} points   ${fmt((oursMs * 1000) / N, 3)} µs/point`);
console.log(`  turf.js 7.4.0 (${TURF_N} pts)   ${fmt(turfMs)} ms per ${N} points   ${fmt((turfMs * 1000) / N, 1)} µs/point`);
console.log(`  ratio turf / ours (wasm)   ${fmt(turfMs / oursMs, 0)}×`);
console.log(`  ours vs turf: ${disagree} of ${TURF_N} points differ by more than 1 m`);
console.log(`\nAccuracy against geographiclib 2.2.0 (WGS-84 geodesics), ${checked} points outside the water within 30 km of it:`);
console.log(`  ours: worst |error| ${fmt(worstOurs, 3)} m; turf: worst |error| ${fmt(worstTurf, 3)} m`);
console.log(`  ours, reported bank point vs geographiclib inverse: worst ${fmt(worstMetric, 4)} m`);
console.log(`  inside the water: ${insideAgree} of ${insideTotal} agree (0 m); beyond 30 km: ${far} points, ${farWrong} wrong`);
if (worstOurs > 1 || worstMetric > 1 || insideAgree !== insideTotal || farWrong > 0) {
  console.error('ACCURACY CHECK FAILED: more than 1 m from the geodesic reference');
  process.exit(1);
}
